using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// What a position's character counts: UTF-8 bytes, UTF-16 code units (the protocol's default) or
/// UTF-32 code points, as negotiated in <c>initialize</c>.
/// </summary>
internal sealed class PositionEncoding
{
    public static readonly PositionEncoding Utf8 = new(PositionEncodingKind.Utf8);
    public static readonly PositionEncoding Utf16 = new(PositionEncodingKind.Utf16);
    public static readonly PositionEncoding Utf32 = new(PositionEncodingKind.Utf32);

    private PositionEncoding(string kind) => Kind = kind;

    /// <summary>The name the protocol gives it.</summary>
    public string Kind { get; }

    /// <summary>
    /// The first of the client's encodings (most preferred first) that the server knows; UTF-16, which
    /// every client supports, when it names none or only unknown ones.
    /// </summary>
    public static PositionEncoding Negotiate(IEnumerable<string>? offered)
    {
        foreach (var kind in offered ?? [])
        {
            switch (kind)
            {
                case PositionEncodingKind.Utf8:
                    return Utf8;
                case PositionEncodingKind.Utf16:
                    return Utf16;
                case PositionEncodingKind.Utf32:
                    return Utf32;
            }
        }

        return Utf16;
    }

    /// <summary>How many units of this encoding the character at <paramref name="offset"/> (<paramref name="width"/> code units: 2 for a surrogate pair) takes.</summary>
    public int Units(string text, int offset, int width)
    {
        if (ReferenceEquals(this, Utf16))
        {
            return width;
        }

        if (ReferenceEquals(this, Utf32))
        {
            return 1;
        }

        if (width == 2)
        {
            return 4;
        }

        // A lone surrogate is written as U+FFFD, three bytes, when the text is encoded.
        var c = text[offset];
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    public override string ToString() => Kind;
}
