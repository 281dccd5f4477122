namespace Linter.CustomRules.Yaml;

/// <summary>
/// How a rule matches text: <c>ignorecase</c> (default false), <c>whole-word</c> (default true),
/// <c>prose-only</c> (default true: matches in URLs, inline code and Markdown markup are ignored) and
/// <c>timeout-ms</c>.
/// </summary>
internal sealed record MatchOptions(bool IgnoreCase, bool WholeWord, bool ProseOnly, TimeSpan Timeout)
{
    public static MatchOptions Read(YamlFields fields)
    {
        var ignoreCase = fields.Bool("ignorecase", false);
        var wholeWord = fields.Bool("whole-word", true);
        var proseOnly = fields.Bool("prose-only", true);
        return new MatchOptions(ignoreCase, wholeWord, proseOnly, ReadTimeout(fields));
    }

    /// <summary>
    /// <c>timeout-ms</c>, from 1 ms to <see cref="TextPattern.MaxTimeoutMilliseconds"/>; the default
    /// when absent or wrong (after reporting).
    /// </summary>
    public static TimeSpan ReadTimeout(YamlFields fields) =>
        TimeSpan.FromMilliseconds(fields.Int("timeout-ms", minimum: 1, maximum: TextPattern.MaxTimeoutMilliseconds) ?? TextPattern.DefaultTimeoutMilliseconds);
}
