using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>What a node callback gets: the node, its tree, the rule's options and a way to report.</summary>
public sealed class NodeAnalysisContext
{
    private readonly RuleRun _run;

    internal NodeAnalysisContext(SyntaxNode node, RuleRun run, CancellationToken cancellationToken)
    {
        Node = node;
        _run = run;
        CancellationToken = cancellationToken;
    }

    /// <summary>The node of a kind the callback was registered for.</summary>
    public SyntaxNode Node { get; }

    public SyntaxTree Tree => Node.Tree;

    /// <summary>The options configured for the rule; empty when none are.</summary>
    public RuleOptions Options => _run.Options;

    /// <summary>The value of one of the rule's <see cref="Rule.Options"/>: the configured one, converted, or its default.</summary>
    /// <exception cref="ArgumentException">The rule did not declare <paramref name="option"/>.</exception>
    public T GetOption<T>(RuleOption<T> option) => _run.GetOption(option);

    /// <summary>The document's semantic model: speakers, cited documents, claim and rebuttal pairs, dates.</summary>
    public SemanticModel SemanticModel => _run.SemanticModel;

    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a diagnostic at <paramref name="span"/> with its message formatted from <paramref name="args"/>.</summary>
    /// <exception cref="ArgumentException">The descriptor is not in the rule's <see cref="Rule.SupportedDiagnostics"/>, or the span is outside the text.</exception>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args) => _run.Report(descriptor, span, fix: null, args);

    /// <summary>Reports a diagnostic that comes with a fix.</summary>
    /// <exception cref="ArgumentException">As for the overload without a fix, or a change of the fix is outside the text.</exception>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, Fix fix, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(fix);
        _run.Report(descriptor, span, fix, args);
    }
}
