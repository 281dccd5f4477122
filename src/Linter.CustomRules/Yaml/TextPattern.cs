using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// What a YAML rule looks for: literal <c>tokens</c> (words and phrases, whole-word by default) and
/// .NET regular expressions (<c>patterns</c>, used as written), compiled into one regex that runs
/// with a match timeout so that a catastrophic pattern ends as SL9002 instead of hanging the run.
/// </summary>
internal sealed class TextPattern
{
    /// <summary>The default match timeout of a custom rule's regex; <c>timeout-ms:</c> changes it.</summary>
    public const int DefaultTimeoutMilliseconds = 1000;

    /// <summary>
    /// The longest match timeout a rule may ask for: a minute is already far past any useful
    /// pattern, and the regex engine refuses timeouts past about 24 days.
    /// </summary>
    public const int MaxTimeoutMilliseconds = 60_000;

    private TextPattern(Regex regex)
    {
        Regex = regex;
        GroupNames = [.. regex.GetGroupNames().Where(n => n != "0")];
    }

    public Regex Regex { get; }

    /// <summary>Whether matches in URLs, inline code and markup are ignored (<c>prose-only</c>, default true).</summary>
    public bool ProseOnly { get; private set; } = true;

    /// <summary>The capture groups a message may name: numbers and names, without the whole match ("0").</summary>
    public ImmutableArray<string> GroupNames { get; }

    /// <summary>Reads <c>tokens</c>, <c>patterns</c> and the <see cref="MatchOptions"/> of a rule.</summary>
    public static TextPattern? Read(YamlFields fields)
    {
        var options = MatchOptions.Read(fields);
        var pattern = Create(fields.Strings("tokens"), fields.Strings("patterns"), options.IgnoreCase, options.WholeWord, options.Timeout, fields);
        if (pattern is not null)
        {
            pattern.ProseOnly = options.ProseOnly;
        }

        return pattern;
    }

    /// <summary>
    /// The longest pattern compiled to IL. Past it the regex is interpreted: a rule file can hold an
    /// alternation of 100,000 keys, whose compiled form is an invalid program (the runtime refuses
    /// it on first use, so every document drew SL9001) while the interpreter runs it.
    /// </summary>
    public const int MaxCompiledPatternLength = 20_000;

    /// <summary>The regex options every custom pattern gets.</summary>
    public static RegexOptions Options(bool ignoreCase) =>
        RegexOptions.CultureInvariant | RegexOptions.Compiled | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    /// <summary>A custom rule's regex with <see cref="Options"/>, interpreted when it is too long to compile.</summary>
    public static Regex Build(string pattern, bool ignoreCase, TimeSpan timeout)
    {
        var options = Options(ignoreCase);
        if (pattern.Length > MaxCompiledPatternLength)
        {
            options &= ~RegexOptions.Compiled;
        }

        return new Regex(pattern, options, timeout);
    }

    /// <summary>
    /// The alternation of <paramref name="tokens"/> and <paramref name="patterns"/>; null after
    /// reporting when a pattern is not a valid regex or there is nothing to look for.
    /// </summary>
    public static TextPattern? Create(
        ImmutableArray<(string Value, YamlNode Node)> tokens,
        ImmutableArray<(string Value, YamlNode Node)> patterns,
        bool ignoreCase,
        bool wholeWord,
        TimeSpan timeout,
        YamlFields fields)
    {
        var alternatives = new List<string>();
        if (!tokens.IsEmpty)
        {
            alternatives.Add(Literals(tokens.Select(t => t.Value), wholeWord));
        }

        foreach (var (pattern, node) in patterns)
        {
            if (IsValid(pattern, ignoreCase, node, fields.Errors))
            {
                alternatives.Add($"(?:{pattern})");
            }
        }

        if (alternatives.Count == 0)
        {
            if (tokens.IsEmpty && patterns.IsEmpty)
            {
                fields.Errors.Add(fields.Node, "nothing to look for: give 'tokens' (words or phrases) or 'patterns' (regular expressions)");
            }

            return null;
        }

        return new TextPattern(Build(string.Join('|', alternatives), ignoreCase, timeout));
    }

    /// <summary>
    /// One regex for literal words and phrases: longest first, so that "organisations" wins over
    /// "organisation" when whole-word matching is off; wrapped in word-boundary lookarounds when on.
    /// </summary>
    public static string Literals(IEnumerable<string> words, bool wholeWord)
    {
        var body = new StringBuilder();
        foreach (var word in words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal))
        {
            body.Append(body.Length == 0 ? "" : "|").Append(Regex.Escape(word));
        }

        return wholeWord ? $@"(?<!\w)(?:{body})(?!\w)" : $"(?:{body})";
    }

    /// <summary>True when <paramref name="pattern"/> compiles; otherwise the parser's complaint is reported at its node.</summary>
    public static bool IsValid(string pattern, bool ignoreCase, YamlNode node, RuleFileErrors errors)
    {
        try
        {
            _ = new Regex(pattern, Options(ignoreCase) & ~RegexOptions.Compiled);
            return true;
        }
        catch (ArgumentException e)
        {
            errors.Add(node, $"invalid regular expression '{pattern}': {e.Message}");
            return false;
        }
    }
}
