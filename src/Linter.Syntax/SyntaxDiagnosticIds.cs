namespace Linter.Syntax;

/// <summary>The rule IDs under which parser and decoder problems are reported.</summary>
public static class SyntaxDiagnosticIds
{
    /// <summary>Malformed structure: front matter, fences, YAML, control characters.</summary>
    public const string SyntaxError = "SL0001";

    /// <summary>Bytes that were not valid in the file's encoding and were replaced by U+FFFD.</summary>
    public const string InvalidEncoding = "SL0002";
}
