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
            // UTF-16 with a BOM: the BOM says what the file is.
            var bigEndian = span[0] == 0xFE;
            return DecodeUtf16(span[2..], bigEndian, new UnicodeEncoding(bigEndian, byteOrderMark: true));
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

    /// <summary>
    /// UTF-16 code unit by code unit: a lone surrogate or an odd byte at the end becomes U+FFFD and is
    /// reported (SL0002), as invalid UTF-8 is, so that such a file is never rewritten by a fix: the
    /// encoder would write the replacement back as FD FF where the original bytes were.
    /// </summary>
    private static Result DecodeUtf16(ReadOnlySpan<byte> body, bool bigEndian, Encoding encoding)
    {
        var builder = new StringBuilder(body.Length / 2);
        var invalid = ImmutableArray.CreateBuilder<(int Start, int Length, int ByteOffset, int ByteLength)>();
        var offset = 0;
        void Invalid(int byteLength)
        {
            if (invalid.Count > 0 && invalid[^1] is var last && last.ByteOffset + last.ByteLength == offset)
            {
                invalid[^1] = (last.Start, last.Length + 1, last.ByteOffset, last.ByteLength + byteLength);
            }
            else
            {
                invalid.Add((builder.Length, 1, offset, byteLength));
            }

            builder.Append('\uFFFD');
            offset += byteLength;
        }

        while (offset < body.Length)
        {
            if (offset + 1 >= body.Length)
            {
                Invalid(1);
                continue;
            }

            var unit = Unit(body, offset, bigEndian);
            if (char.IsHighSurrogate(unit))
            {
                if (offset + 3 < body.Length && char.IsLowSurrogate(Unit(body, offset + 2, bigEndian)))
                {
                    builder.Append(unit).Append(Unit(body, offset + 2, bigEndian));
                    offset += 4;
                }
                else
                {
                    Invalid(2);
                }
            }
            else if (char.IsLowSurrogate(unit))
            {
                Invalid(2);
            }
            else
            {
                builder.Append(unit);
                offset += 2;
            }
        }

        var diagnostics = invalid
            .Select(r => new SyntaxDiagnostic(
                SyntaxDiagnosticIds.InvalidEncoding,
                new TextSpan(r.Start, r.Length),
                $"{r.ByteLength} byte(s) at byte offset {r.ByteOffset} are not valid UTF-16 and were read as U+FFFD"))
            .ToImmutableArray();
        return new Result(new StringSourceText(builder.ToString(), encoding), diagnostics);
    }

    private static char Unit(ReadOnlySpan<byte> body, int at, bool bigEndian) =>
        (char)(bigEndian ? (body[at] << 8) | body[at + 1] : body[at] | (body[at + 1] << 8));

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
