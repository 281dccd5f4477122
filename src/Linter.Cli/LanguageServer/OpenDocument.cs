using Linter.Analysis;
using Linter.Syntax;
using LintDiagnostic = Linter.Analysis.Diagnostic;
using LspDiagnostic = Linter.Cli.LanguageServer.Protocol.Diagnostic;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// A document the client has open: its text at its latest version, and what the server knows of
/// that version. Replaced whole on every change, so whatever reads one sees one version throughout.
/// </summary>
internal sealed class OpenDocument
{
    private LineMap? _lines;
    private DocumentTree? _tree;

    public OpenDocument(string uri, string? fullPath, string languageId, int version, string text)
    {
        Uri = uri;
        FullPath = fullPath;
        LanguageId = languageId;
        Version = version;
        Text = text;
    }

    public string Uri { get; }

    /// <summary>The file the document stands for, or null when its URI is not a file inside the workspace (it is then not linted).</summary>
    public string? FullPath { get; }

    public string LanguageId { get; }

    public int Version { get; }

    public string Text { get; }

    public LineMap Lines => _lines ??= new LineMap(Text);

    /// <summary>True for Markdown, where suppression comments can be inserted.</summary>
    public bool IsMarkdown => FullPath is { } path
        ? path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
        : LanguageId == "markdown";

    /// <summary>The diagnostics of this version once linted, or null.</summary>
    public DocumentDiagnostics? Diagnostics { get; set; }

    /// <summary>The tree and semantic model of this version: the linted one, or parsed on first use when none was linted.</summary>
    public DocumentTree Tree(Func<(SyntaxTree Tree, AnalysisOptions Options)> parse)
    {
        if (_tree is { } known)
        {
            return known;
        }

        var (tree, options) = parse();
        return _tree = new DocumentTree(tree, options);
    }

    /// <summary>Keeps the tree the lint of this version parsed, so hovers and the outline need not parse it again.</summary>
    public void RememberTree(SyntaxTree tree, AnalysisOptions options) => _tree ??= new DocumentTree(tree, options);

    public OpenDocument WithText(int version, string text) => new(Uri, FullPath, LanguageId, version, text);
}

/// <summary>The diagnostics of one version of a document, as linted and as sent.</summary>
/// <param name="Version">The version linted.</param>
/// <param name="Generation">The configuration generation it was linted under: a reload makes results of earlier ones stale.</param>
/// <param name="Analysis">The analysis's diagnostics, hidden ones included, with their fixes.</param>
/// <param name="Sent">What the client is given: the non-hidden ones, in the negotiated encoding, index for index with <see cref="Reported"/>.</param>
/// <param name="Reported">The analysis diagnostics behind <see cref="Sent"/>.</param>
internal sealed record DocumentDiagnostics(int Version, int Generation, IReadOnlyList<LintDiagnostic> Analysis, LspDiagnostic[] Sent, IReadOnlyList<LintDiagnostic> Reported);

/// <summary>A version's tree and its semantic model.</summary>
internal sealed class DocumentTree(SyntaxTree tree, AnalysisOptions options)
{
    public SyntaxTree Syntax { get; } = tree;

    public SemanticModel Semantics { get; } = new(tree, options);
}
