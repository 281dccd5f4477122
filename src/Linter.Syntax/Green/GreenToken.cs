namespace Linter.Syntax.Green;

internal sealed class GreenToken : GreenNode
{
    private static readonly GreenTrivia[] s_noTrivia = [];

    public GreenToken(SyntaxKind kind, int width, GreenTrivia[]? leading, GreenTrivia[]? trailing, bool isMissing = false, object? value = null)
        : base(kind, width + Sum(leading) + Sum(trailing))
    {
        Width = width;
        LeadingTrivia = leading ?? s_noTrivia;
        TrailingTrivia = trailing ?? s_noTrivia;
        IsMissing = isMissing;
        Value = value;
        LeadingWidth = Sum(leading);
    }

    /// <summary>Width of the token's own text, without trivia.</summary>
    public int Width { get; }

    public GreenTrivia[] LeadingTrivia { get; }

    public GreenTrivia[] TrailingTrivia { get; }

    /// <summary>Width of the leading trivia; stored, as every token span asks for it.</summary>
    public int LeadingWidth { get; }

    /// <summary>True for a token the parser expected and inserted with zero width.</summary>
    public bool IsMissing { get; }

    /// <summary>A decoded value where the written text is not the value, such as a YAML scalar.</summary>
    public object? Value { get; }

    public GreenToken WithKind(SyntaxKind kind) => new(kind, Width, LeadingTrivia, TrailingTrivia, IsMissing, Value);

    private static int Sum(GreenTrivia[]? trivia)
    {
        if (trivia is null)
        {
            return 0;
        }

        var sum = 0;
        foreach (var t in trivia)
        {
            sum += t.Width;
        }

        return sum;
    }
}
