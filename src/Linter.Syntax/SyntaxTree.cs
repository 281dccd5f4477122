using System.Collections.Immutable;
using Linter.Syntax.Green;
using Linter.Syntax.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>
/// A parsed statement document: its text, its lossless tree and the problems found while parsing.
/// </summary>
/// <remarks>
/// Architecture invariant: <c>Root.ToFullString() == Text.ToString()</c> for every input, and
/// <see cref="Parse(SourceText, string, ParseOptions?)"/> never throws on input.
/// </remarks>
public sealed class SyntaxTree
{
    private readonly GreenNode _greenRoot;
    private DocumentSyntax? _root;

    private SyntaxTree(SourceText text, string filePath, DocumentFormat format, ParseOptions options, GreenNode greenRoot, ImmutableArray<SyntaxDiagnostic> diagnostics)
    {
        Text = text;
        FilePath = filePath;
        Format = format;
        Options = options;
        _greenRoot = greenRoot;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }

    /// <summary>The path the document was read from, as given; empty for text that came from elsewhere.</summary>
    public string FilePath { get; }

    public DocumentFormat Format { get; }

    public ParseOptions Options { get; }

    /// <summary>Problems found while decoding and parsing; the tree is complete regardless.</summary>
    public ImmutableArray<SyntaxDiagnostic> Diagnostics { get; }

    public DocumentSyntax Root
    {
        get
        {
            if (_root is null)
            {
                var created = (DocumentSyntax)SyntaxNodeFactory.Create(this, _greenRoot, parent: null, position: 0);
                Interlocked.CompareExchange(ref _root, created, null);
            }

            return _root;
        }
    }

    /// <summary>Parses <paramref name="text"/> in the form chosen by <paramref name="options"/> or by the path's extension.</summary>
    public static SyntaxTree Parse(SourceText text, string filePath = "", ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParseOptions.Default;
        var content = text.ToString();
        var format = options.ResolveFormat(filePath, content);
        var (root, diagnostics) = DocumentParser.Parse(content, format, options.Vocabulary);
        return new SyntaxTree(text, filePath, format, options, root, diagnostics);
    }

    /// <summary>Parses a string; convenient for tests and editors.</summary>
    public static SyntaxTree Parse(string text, string filePath = "", ParseOptions? options = null) =>
        Parse(new StringSourceText(text), filePath, options);

    /// <summary>Decodes bytes (UTF-8 unless a BOM says otherwise), reports invalid bytes, and parses.</summary>
    public static SyntaxTree Parse(byte[] bytes, string filePath, ParseOptions? options = null)
    {
        var decoded = DocumentDecoder.Decode(bytes);
        var tree = Parse(decoded.Text, filePath, options);
        return decoded.Diagnostics.IsEmpty ? tree : tree.WithExtraDiagnostics(decoded.Diagnostics);
    }

    private SyntaxTree WithExtraDiagnostics(ImmutableArray<SyntaxDiagnostic> extra) =>
        new(Text, FilePath, Format, Options, _greenRoot, extra.AddRange(Diagnostics));
}
