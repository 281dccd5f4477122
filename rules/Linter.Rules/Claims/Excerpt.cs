namespace Linter.Rules.Claims;

/// <summary>Shortens a quoted sentence for a message: whole claims run to hundreds of characters.</summary>
internal static class Excerpt
{
    public const int DefaultLength = 60;

    public static string Of(string text, int length = DefaultLength)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : length), "…");
    }
}
