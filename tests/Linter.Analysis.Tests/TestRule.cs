using System.Collections.Immutable;
using Linter.Syntax;

namespace Linter.Analysis.Tests;

/// <summary>A rule assembled from delegates, so that each test states only the behaviour it needs.</summary>
internal sealed class TestRule : Rule
{
    private readonly Action<RuleContext> _initialize;
    private readonly string _name;

    public TestRule(string name, Action<RuleContext> initialize, params DiagnosticDescriptor[] descriptors)
    {
        _name = name;
        _initialize = initialize;
        SupportedDiagnostics = [.. descriptors];
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public static DiagnosticDescriptor Descriptor(
        string id,
        Severity severity = Severity.Warning,
        string messageFormat = "found {0}",
        FixAvailability fix = FixAvailability.None,
        FixSafety fixSafety = FixSafety.Safe) =>
        new(id, "test-" + id.ToLowerInvariant(), "Test rule " + id, messageFormat, RuleCategory.Claims, severity, fix: fix, fixSafety: fixSafety);

    /// <summary>A rule that reports <paramref name="descriptor"/> on every node of <paramref name="kinds"/>.</summary>
    public static TestRule ReportingOn(DiagnosticDescriptor descriptor, params SyntaxKind[] kinds) =>
        new(
            descriptor.Id,
            context => context.RegisterNodeAction(c => c.Report(descriptor, c.Node.Span, c.Node.Kind), kinds),
            descriptor);

    public override void Initialize(RuleContext context) => _initialize(context);

    public override string ToString() => _name;
}
