using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>Applies a client's UTF-16 text edits to a text, as an editor does.</summary>
internal static class Edits
{
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        int Offset(Position p) => Math.Min(text.Length, starts[Math.Min(p.Line, starts.Count - 1)] + p.Character);

        // From the end, so earlier offsets stay valid.
        foreach (var edit in edits.OrderByDescending(e => Offset(e.Range.Start)))
        {
            var start = Offset(edit.Range.Start);
            text = text[..start] + edit.NewText + text[Offset(edit.Range.End)..];
        }

        return text;
    }

    /// <summary>The text a UTF-16 range covers.</summary>
    public static string Covered(string text, Linter.Cli.LanguageServer.Protocol.Range range) => Slice(text, range);

    private static string Slice(string text, Linter.Cli.LanguageServer.Protocol.Range range)
    {
        var lines = text.Split('\n');
        int Offset(Position p) => lines.Take(p.Line).Sum(l => l.Length + 1) + p.Character;
        return text[Offset(range.Start)..Offset(range.End)];
    }
}
