using System.Collections.Immutable;

namespace Linter.Analysis.Configuration;

/// <summary>
/// What configuration is checked against: every diagnostic ID and name, and the options of the rule
/// behind each. Built from rule instances, so the analysis layer needs no reference to a rule pack.
/// </summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleCatalogEntry> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RuleCatalogEntry> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a catalog; the first entry for an ID or name wins.</summary>
    /// <param name="entries">The diagnostics configuration may name.</param>
    /// <param name="isPartial">True when some rules were deliberately not loaded (C# rules under <c>--no-code-rules</c>), so that a name the catalog does not know may be one of theirs.</param>
    public RuleCatalog(IEnumerable<RuleCatalogEntry> entries, bool isPartial = false)
    {
        IsPartial = isPartial;
        ArgumentNullException.ThrowIfNull(entries);
        var list = ImmutableArray.CreateBuilder<RuleCatalogEntry>();
        foreach (var entry in entries)
        {
            if (_byId.TryAdd(entry.Descriptor.Id, entry))
            {
                _byName.TryAdd(entry.Descriptor.Name, entry);
                list.Add(entry);
            }
        }

        Entries = [.. list.OrderBy(e => e.Descriptor.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// True when rules were left out on purpose: configuration that names an unknown rule is then
    /// ignored rather than an error, since the rule may be one of those not loaded.
    /// </summary>
    public bool IsPartial { get; }

    /// <summary>Every entry, in ID order.</summary>
    public ImmutableArray<RuleCatalogEntry> Entries { get; }

    /// <summary>
    /// The catalog of the engine's own diagnostics (SL0001, SL0002, SL9001) and every descriptor of
    /// <paramref name="rules"/>, each with its rule's options.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="isPartial">See <see cref="IsPartial"/>.</param>
    public static RuleCatalog FromRules(IEnumerable<Rule> rules, bool isPartial = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var entries = EngineDiagnostics.All.Select(d => new RuleCatalogEntry(d, []))
            .Concat(rules.SelectMany(rule => rule.SupportedDiagnostics.Select(d => new RuleCatalogEntry(d, rule.SupportedOptions))));
        return new RuleCatalog(entries, isPartial);
    }

    /// <summary>Finds an entry by ID ("SL1001") or name ("claim-without-rebuttal"), ignoring case.</summary>
    public RuleCatalogEntry? Find(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        return _byId.TryGetValue(idOrName, out var entry) || _byName.TryGetValue(idOrName, out entry) ? entry : null;
    }

    /// <summary>
    /// The hint for an unknown ID or name: "did you mean 'SL1001' (claim-without-rebuttal)?", in the
    /// form (ID or name) that was typed, or where to find the list when nothing is close.
    /// </summary>
    public string HintFor(string unknown)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        if (Closest(unknown) is not { Descriptor: var closest })
        {
            return "run 'stmtlint rules' to list every rule ID and name";
        }

        return unknown.StartsWith("SL", StringComparison.OrdinalIgnoreCase) && unknown.Length > 2 && char.IsAsciiDigit(unknown[2])
            ? $"did you mean '{closest.Id}' ({closest.Name})?"
            : $"did you mean '{closest.Name}' ({closest.Id})?";
    }

    /// <summary>The closest ID or name to a misspelt one, for "did you mean" hints; null when nothing is close.</summary>
    public RuleCatalogEntry? Closest(string idOrName)
    {
        var best = Suggestions.Closest(idOrName, _byId.Keys.Concat(_byName.Keys));
        return best is null ? null : Find(best);
    }
}
