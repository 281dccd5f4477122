using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.CustomRules.Yaml;

/// <summary>
/// A rule defined in a YAML file: one diagnostic, a message template and a scope of node kinds. Each
/// kind of YAML rule derives from it and uses only the public rule API, like any C# rule.
/// </summary>
internal abstract class YamlRule : Rule
{
    private readonly HashSet<SyntaxKind> _scope;

    protected YamlRule(RuleHeader header, FixAvailability fix)
    {
        Header = header;
        Descriptor = header.CreateDescriptor(fix);
        _scope = [.. header.Scope];
    }

    public RuleHeader Header { get; }

    public DiagnosticDescriptor Descriptor { get; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>The rule's name, which SL9001 and SL9002 messages show beside its ID.</summary>
    public override string ToString() => Descriptor.Name;

    /// <summary>
    /// Whether <paramref name="node"/> lies inside another node of the scope: such a node is skipped,
    /// so that with a scope of Paragraph and Sentence each match is reported once.
    /// </summary>
    protected bool IsNestedInScope(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (_scope.Contains(ancestor.Kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The outermost nodes of the scope in <paramref name="root"/>, in document order.</summary>
    protected IEnumerable<SyntaxNode> ScopeNodes(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (_scope.Contains(node.Kind))
            {
                yield return node;
                continue;
            }

            foreach (var child in node.ChildNodes().Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The message for one match: <c>{match}</c>, its capture groups, then whatever <paramref name="values"/> fills.</summary>
    protected string Message(Match? match, Func<string, string?>? values = null) =>
        Header.Message.Render(name =>
        {
            if (values?.Invoke(name) is { } value)
            {
                return value;
            }

            if (match is null)
            {
                return null;
            }

            return name == "match" ? match.Value : match.Groups[name] is { Success: true } group ? group.Value : "";
        });

    /// <summary>
    /// Whether a match at <paramref name="span"/> lies in prose: not in a URL, inline code or Markdown
    /// markup, where a report would be noise and a fix would break a link. The node's non-prose spans
    /// are collected on the first match only, so a node without matches costs nothing.
    /// </summary>
    protected static bool IsProse(SyntaxNode node, TextSpan span, ref List<TextSpan>? nonProse)
    {
        if (nonProse is null)
        {
            nonProse = [];
            foreach (var token in node.DescendantTokens())
            {
                if (token.Kind is SyntaxKind.UrlToken or SyntaxKind.VerbatimTextToken)
                {
                    nonProse.Add(token.Span);
                }

                AddMarkup(token.LeadingTrivia, nonProse);
                AddMarkup(token.TrailingTrivia, nonProse);
            }
        }

        foreach (var excluded in nonProse)
        {
            if (excluded.OverlapsWith(span))
            {
                return false;
            }
        }

        return true;

        static void AddMarkup(ImmutableArray<SyntaxTrivia> trivia, List<TextSpan> spans)
        {
            foreach (var piece in trivia)
            {
                if (piece.Kind == SyntaxKind.MarkupTrivia)
                {
                    spans.Add(piece.Span);
                }
            }
        }
    }

    /// <summary>The span of <paramref name="match"/> in the document, given that the matched text started at <paramref name="offset"/>.</summary>
    protected static TextSpan SpanOf(Match match, int offset) => new(offset + match.Index, match.Length);
}
