using Linter.Syntax;

namespace Linter.Analysis;

/// <summary>
/// What a document means beyond its syntax, computed lazily once per analysis and shared by all
/// rules: speakers and their roles, cited documents and their names, claim and rebuttal pairs, dates.
/// </summary>
public sealed class SemanticModel
{
    public SemanticModel(SyntaxTree tree, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        Tree = tree;
        Options = options;
    }

    public SyntaxTree Tree { get; }

    public AnalysisOptions Options { get; }
}
