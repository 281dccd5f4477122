using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>Turns a file's bytes into text, remembering its encoding and BOM so that fixes can write it back unchanged.</summary>
public static class DocumentDecoder
{
    private static readonly UTF8Encoding s_utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding s_utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The decoded text and any problems with the bytes.</summary>
    public readonly record struct Result(SourceText Text, ImmutableArray<SyntaxDiagnostic> Diagnostics);

    public static Result Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<byte> span = bytes;

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16 with a BOM: the BOM says what the file is; replacement covers odd lengths.
            var encoding = span[0] == 0xFF ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
            var text = encoding.GetString(bytes, 2, bytes.Length - 2);
            return new Result(new StringSourceText(text, encoding), []);
        }

        var hasBom = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? span[3..] : span;
        var utf8 = hasBom ? s_utf8WithBom : s_utf8NoBom;
        if (Utf8.IsValid(body))
        {
            return new Result(new StringSourceText(utf8.GetString(body), utf8), []);
        }

        return DecodeWithReplacement(body, utf8);
    }

    private static Result DecodeWithReplacement(ReadOnlySpan<byte> body, Encoding encoding)
    {
        var builder = new StringBuilder(body.Length);
        var invalid = ImmutableArray.CreateBuilder<(int Start, int Length, int ByteOffset)>();
        var offset = 0;
        var runStart = -1;
        var runByteOffset = 0;
        while (offset < body.Length)
        {
            var status = Rune.DecodeFromUtf8(body[offset..], out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (runStart >= 0)
                {
                    invalid.Add((runStart, builder.Length - runStart, runByteOffset));
                    runStart = -1;
                }

                builder.Append(rune.ToString());
            }
            else
            {
                if (runStart < 0)
                {
                    runStart = builder.Length;
                    runByteOffset = offset;
                }

                builder.Append('\uFFFD');
            }

            offset += Math.Max(1, consumed);
        }

        if (runStart >= 0)
        {
            invalid.Add((runStart, builder.Length - runStart, runByteOffset));
        }

        var diagnostics = invalid
            .Select(r => new SyntaxDiagnostic(
                SyntaxDiagnosticIds.InvalidEncoding,
                new TextSpan(r.Start, r.Length),
                $"{r.Length} byte(s) at byte offset {r.ByteOffset} are not valid UTF-8 and were read as U+FFFD"))
            .ToImmutableArray();
        return new Result(new StringSourceText(builder.ToString(), encoding), diagnostics);
    }
}
