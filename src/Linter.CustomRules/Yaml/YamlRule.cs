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

    /// <summary>The span of <paramref name="match"/> in the document, given that the matched text started at <paramref name="offset"/>.</summary>
    protected static TextSpan SpanOf(Match match, int offset) => new(offset + match.Index, match.Length);
}
