namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The units a position's character counts.</summary>
internal static class PositionEncodingKind
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
    public const string Utf32 = "utf-32";
}
