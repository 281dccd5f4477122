using System.Text.RegularExpressions;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>One rule's work on one document: what it reported, and whether it failed.</summary>
internal sealed class RuleRun
{
    private readonly SyntaxTree _tree;
    private List<Diagnostic>? _diagnostics;

    private readonly IReadOnlyDictionary<string, Severity?> _severities;
    private readonly Lazy<SemanticModel> _semanticModel;
    private readonly object?[] _optionValues;

    /// <param name="registration">The rule.</param>
    /// <param name="tree">The document.</param>
    /// <param name="options">The rule's configured options.</param>
    /// <param name="severities">Per declared ID, the severity to report at, or null when configuration turned it off.</param>
    /// <param name="semanticModel">The document's semantic model, shared by all rules and built on first use.</param>
    /// <param name="optionValues">The rule's typed options as configuration sets them, converted once per configuration.</param>
    public RuleRun(RuleRegistration registration, SyntaxTree tree, RuleOptions options, object?[] optionValues, IReadOnlyDictionary<string, Severity?> severities, Lazy<SemanticModel> semanticModel)
    {
        _optionValues = optionValues;
        Registration = registration;
        _tree = tree;
        Options = options;
        _severities = severities;
        _semanticModel = semanticModel;
    }

    public SemanticModel SemanticModel => _semanticModel.Value;

    public RuleRegistration Registration { get; }

    public RuleOptions Options { get; }

    /// <summary>The value of one of the rule's typed options under this document's configuration.</summary>
    public T GetOption<T>(RuleOption<T> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return (T)_optionValues[Registration.IndexOf(option)]!;
    }

    /// <summary>The SL9001 diagnostic once the rule has thrown; the rule is not called again for this document.</summary>
    public Diagnostic? Failure { get; private set; }

    public IReadOnlyList<Diagnostic> Diagnostics => (IReadOnlyList<Diagnostic>?)_diagnostics ?? [];

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, Fix? fix, object[] args)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(args);
        if (!Registration.Supported.TryGetValue(descriptor.Id, out var declared))
        {
            throw new ArgumentException($"{Registration.Rule} reported {descriptor.Id}, which is not in its SupportedDiagnostics.", nameof(descriptor));
        }

        var length = _tree.Text.Length;
        if (span.End > length)
        {
            throw new ArgumentException($"{Registration.Rule} reported {descriptor.Id} at {span}, outside the text [0..{length}).", nameof(span));
        }

        if (fix is not null)
        {
            // As ESLint rejects fixes from rules without meta.fixable: what a descriptor declares is what users rely on when choosing --fix or --unsafe-fixes.
            if (declared.Fix == FixAvailability.None)
            {
                throw new ArgumentException($"{Registration.Rule} offered a fix for {descriptor.Id}, whose descriptor declares no fix.", nameof(fix));
            }

            if (fix.Applicability == Applicability.Unsafe && declared.FixSafety == FixSafety.Safe)
            {
                throw new ArgumentException($"{Registration.Rule} offered an unsafe fix for {descriptor.Id}, whose descriptor declares its fixes safe.", nameof(fix));
            }

            foreach (var change in fix.Changes)
            {
                if (change.Span.End > length)
                {
                    throw new ArgumentException($"{Registration.Rule} offered a fix for {descriptor.Id} that changes {change.Span}, outside the text [0..{length}).", nameof(fix));
                }
            }
        }

        if (_severities.TryGetValue(declared.Id, out var configured) && configured is not { } severity)
        {
            // Turned off by configuration while another ID of the same rule is on.
            return;
        }

        var location = new Location(_tree.FilePath, span, _tree.Text.Lines.GetLinePositionSpan(span));
        var effective = configured ?? declared.DefaultSeverity;
        (_diagnostics ??= []).Add(new Diagnostic(declared, effective, location, declared.FormatMessage(args), fix));
    }

    public void Fail(Exception exception, TextSpan span)
    {
        var rule = Registration.Rule;
        var ids = string.Join(", ", Registration.Supported.Keys.Order(StringComparer.Ordinal));
        var name = rule.ToString() ?? rule.GetType().Name;
        var (descriptor, message) = exception is RegexMatchTimeoutException timeout
            ? (EngineDiagnostics.PatternTimeout, EngineDiagnostics.PatternTimeout.FormatMessage(name, ids, _tree.FilePath, timeout.Pattern, (long)timeout.MatchTimeout.TotalMilliseconds))
            : (EngineDiagnostics.RuleFailure, EngineDiagnostics.RuleFailure.FormatMessage(name, ids, _tree.FilePath, exception.GetType().Name, exception.Message));
        Failure = new Diagnostic(descriptor, descriptor.DefaultSeverity, new Location(_tree.FilePath, span, _tree.Text.Lines.GetLinePositionSpan(span)), message);
    }
}
