using Linter.Analysis.Configuration;

namespace Linter.Analysis.Tests.Configuration;

/// <summary>A small catalog with one rule of each option type, one rule off by default and the engine's own IDs.</summary>
internal static class TestCatalog
{
    public static DiagnosticDescriptor Claim { get; } = new(
        "SL1001", "claim-without-rebuttal", "Claim is not answered", "claim {0}", RuleCategory.Claims, Severity.Error);

    public static DiagnosticDescriptor Metadata { get; } = new(
        "SL2007", "required-metadata", "Required metadata is missing", "missing {0}", RuleCategory.Dates, Severity.Error, isEnabledByDefault: false);

    public static DiagnosticDescriptor Boilerplate { get; } = new(
        "SL4002", "page-boilerplate", "Page boilerplate", "boilerplate {0}", RuleCategory.Boilerplate, Severity.Warning);

    public static RuleCatalog Instance { get; } = new(
    [
        .. EngineDiagnostics.All.Select(d => new RuleCatalogEntry(d, [])),
        new RuleCatalogEntry(Claim,
        [
            new RuleOptionDescriptor("window", RuleOptionType.WholeNumber, 1, "Paragraphs to look ahead."),
            new RuleOptionDescriptor("strict", RuleOptionType.Flag, false, "Also flag claims in questions."),
            new RuleOptionDescriptor("style", RuleOptionType.Choice, "iso", "Date style.", ["iso", "us"]),
            new RuleOptionDescriptor("markers", RuleOptionType.TextList, Array.Empty<string>(), "Extra markers."),
            new RuleOptionDescriptor("label", RuleOptionType.Text, "", "A label."),
        ]),
        new RuleCatalogEntry(Metadata, []),
        new RuleCatalogEntry(Boilerplate, []),
    ]);
}
