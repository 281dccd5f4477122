namespace Linter.Syntax;

/// <summary>Questions about <see cref="SyntaxKind"/> values.</summary>
public static class SyntaxFacts
{
    public static bool IsToken(SyntaxKind kind) => (int)kind is >= 100 and < 200;

    /// <summary>Every token kind, for a callback that wants each token whatever its kind.</summary>
    public static IReadOnlyList<SyntaxKind> TokenKinds { get; } = [.. Enum.GetValues<SyntaxKind>().Where(IsToken)];

    public static bool IsTrivia(SyntaxKind kind) => (int)kind is >= 200 and < 300;

    public static bool IsNode(SyntaxKind kind) => (int)kind is >= 300 and < 400;

    /// <summary>Parses a kind by name, accepting the short forms rule authors write ("Word" for WordToken).</summary>
    public static bool TryParseKind(string name, out SyntaxKind kind)
    {
        if (Enum.TryParse(name, ignoreCase: true, out kind) && kind != SyntaxKind.None && Enum.IsDefined(kind))
        {
            return true;
        }

        return (Enum.TryParse(name + "Token", ignoreCase: true, out kind) && Enum.IsDefined(kind))
            || (Enum.TryParse(name + "Trivia", ignoreCase: true, out kind) && Enum.IsDefined(kind));
    }
}
