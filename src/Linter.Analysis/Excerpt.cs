namespace Linter.Analysis;

/// <summary>Shortens a text for a message: whole claims and rebuttals run to hundreds of characters.</summary>
public static class Excerpt
{
    /// <summary>The length a message quotes unless it asks for another.</summary>
    public const int DefaultLength = 60;

    /// <summary>
    /// <paramref name="text"/> with its whitespace runs folded to single spaces, cut at the last space before
    /// <paramref name="length"/> characters and ended with "…" when it is longer.
    /// </summary>
    public static string Of(string text, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : length), "…");
    }
}
