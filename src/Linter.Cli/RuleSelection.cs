using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;

namespace Linter.Cli;

/// <summary>
/// <c>--select</c>, <c>--extend-select</c> and <c>--ignore</c>, with Ruff's semantics: each selector
/// is a rule ID, a rule name, an ID prefix (<c>SL3</c>) or <c>ALL</c>; <c>--select</c> replaces the
/// rules configuration turns on, <c>--extend-select</c> adds to them and <c>--ignore</c> takes away.
/// When a rule matches both a selecting and an ignoring selector the more specific one decides (a
/// name or a whole ID over a prefix, a longer prefix over a shorter, anything over <c>ALL</c>), and
/// on a tie the rule is ignored.
/// </summary>
internal sealed class RuleSelection
{
    /// <summary>How specific <c>ALL</c> is: less than any prefix.</summary>
    private const int AllSpecificity = 0;

    /// <summary>How specific a rule name is: more than any ID or prefix.</summary>
    private const int NameSpecificity = int.MaxValue;

    private readonly Dictionary<(AnalysisOptions, ImmutableArray<DiagnosticDescriptor>), AnalysisOptions> _applied = [];

    private RuleSelection(ImmutableArray<string>? select, ImmutableArray<string> extendSelect, ImmutableArray<string> ignore)
    {
        Select = select;
        ExtendSelect = extendSelect;
        Ignore = ignore;
    }

    /// <summary>No selector given: configuration alone decides.</summary>
    public static RuleSelection None { get; } = new(null, [], []);

    /// <summary>The <c>--select</c> selectors, or null when it was not given (an empty list selects nothing).</summary>
    public ImmutableArray<string>? Select { get; }

    /// <summary>The <c>--extend-select</c> selectors.</summary>
    public ImmutableArray<string> ExtendSelect { get; }

    /// <summary>The <c>--ignore</c> selectors.</summary>
    public ImmutableArray<string> Ignore { get; }

    /// <summary>True when no selector was given.</summary>
    public bool IsEmpty => Select is null && ExtendSelect.IsEmpty && Ignore.IsEmpty;

    /// <summary>Reads the option values; each may be repeated and hold a comma-separated list, and an option not given is null or empty.</summary>
    public static RuleSelection Parse(string[]? select, string[]? extendSelect, string[]? ignore)
    {
        if (select is null or [] && extendSelect is null or [] && ignore is null or [])
        {
            return None;
        }

        return new RuleSelection(select is null or [] ? null : Split(select), Split(extendSelect), Split(ignore));
    }

    /// <summary>Refuses a selector that names no rule and is the prefix of none, with a "did you mean" hint when one is close.</summary>
    /// <exception cref="UsageException">A selector matches no rule of <paramref name="catalog"/>.</exception>
    public void Validate(RuleCatalog catalog)
    {
        // Rules left out on purpose (--no-code-rules) may be what an unknown selector names.
        if (catalog.IsPartial)
        {
            return;
        }

        foreach (var (option, selectors) in new[] { ("--select", Select ?? []), ("--extend-select", ExtendSelect), ("--ignore", Ignore) })
        {
            foreach (var selector in selectors)
            {
                if (!catalog.Entries.Any(e => Specificity(selector, e.Descriptor) >= 0))
                {
                    throw new UsageException($"{option}: '{selector}' is no rule ID, name or ID prefix; {catalog.HintFor(selector)}");
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="options"/> with every descriptor of <paramref name="descriptors"/> turned on or
    /// off as the selectors say. A selected rule that is off by default runs; a rule configuration
    /// turns off (<c>off</c>, for the whole tree or through <c>overrides:</c>) stays off, so that
    /// rules scoped to files stay scoped. Severities and options are configuration's. Not
    /// thread-safe: called as files are listed, by one thread at a time.
    /// </summary>
    public AnalysisOptions Apply(AnalysisOptions options, ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        if (IsEmpty)
        {
            return options;
        }

        // Documents share configurations and engines, so a run computes few of these.
        if (_applied.TryGetValue((options, descriptors), out var applied))
        {
            return applied;
        }

        var rules = options.Rules;
        foreach (var descriptor in descriptors)
        {
            if (Decide(descriptor) is not { } selected)
            {
                continue;
            }

            var configuration = options.GetRule(descriptor.Id) ?? RuleConfiguration.Default;
            var enabled = selected && configuration.Enabled != false;
            rules = rules.SetItem(descriptor.Id, configuration with { Enabled = enabled });
        }

        applied = options with { Rules = rules };
        _applied[(options, descriptors)] = applied;
        return applied;
    }

    /// <summary>True to run the rule, false to turn it off, null to leave it to configuration.</summary>
    private bool? Decide(DiagnosticDescriptor descriptor)
    {
        var selectedBy = Math.Max(Best(Select ?? [], descriptor), Best(ExtendSelect, descriptor));
        var ignoredBy = Best(Ignore, descriptor);
        if (ignoredBy >= 0 && ignoredBy >= selectedBy)
        {
            return false;
        }

        if (selectedBy >= 0)
        {
            return true;
        }

        // With --select, a rule it does not name is off, whatever configuration says.
        return Select is null ? null : false;
    }

    private static int Best(ImmutableArray<string> selectors, DiagnosticDescriptor descriptor)
    {
        var best = -1;
        foreach (var selector in selectors)
        {
            best = Math.Max(best, Specificity(selector, descriptor));
        }

        return best;
    }

    /// <summary>How specifically <paramref name="selector"/> names <paramref name="descriptor"/>, or -1 when it does not.</summary>
    private static int Specificity(string selector, DiagnosticDescriptor descriptor)
    {
        if (string.Equals(selector, "ALL", StringComparison.OrdinalIgnoreCase))
        {
            return AllSpecificity;
        }

        if (string.Equals(selector, descriptor.Name, StringComparison.OrdinalIgnoreCase))
        {
            return NameSpecificity;
        }

        return descriptor.Id.StartsWith(selector, StringComparison.OrdinalIgnoreCase) ? selector.Length : -1;
    }

    private static ImmutableArray<string> Split(string[]? values) =>
        values is null
            ? []
            : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
