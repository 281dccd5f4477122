using Linter.Analysis;

namespace Linter.Rules.Attribution;

/// <summary>The <c>style</c> option shared by the quote and apostrophe rules: follow the document, or a house style.</summary>
internal static class QuoteStyle
{
    public const string OptionName = "style";
    public const string Dominant = "dominant";
    public const string Curly = "curly";
    public const string Straight = "straight";

    public static RuleOption<string> Option(string what) => RuleOption.Choice(
        OptionName,
        Dominant,
        $"Which {what} to keep: 'dominant' (the kind the document uses most; curly on a tie), 'curly' or 'straight'.",
        (Dominant, Dominant),
        (Curly, Curly),
        (Straight, Straight));

    /// <summary>
    /// Whether the curly form is the wanted one, or null when the document is consistent under the
    /// configured style (for 'dominant', when only one form occurs).
    /// </summary>
    public static bool? WantsCurly(string style, int straightCount, int curlyCount)
    {
        if (string.Equals(style, Curly, StringComparison.OrdinalIgnoreCase))
        {
            return straightCount > 0 ? true : null;
        }

        if (string.Equals(style, Straight, StringComparison.OrdinalIgnoreCase))
        {
            return curlyCount > 0 ? false : null;
        }

        return straightCount == 0 || curlyCount == 0 ? null : curlyCount >= straightCount;
    }

    /// <summary>The reason a message gives for the wanted form.</summary>
    public static string Reason(string style, bool curly)
    {
        var configured = !string.Equals(style, Dominant, StringComparison.OrdinalIgnoreCase);
        var form = curly ? "curly" : "straight";
        return configured ? $"configuration asks for {form} ones" : $"the document mostly uses {form} ones";
    }
}
