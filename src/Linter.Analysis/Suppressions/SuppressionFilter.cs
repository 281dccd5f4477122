using System.Collections.Immutable;
using Linter.Analysis.Suppressions;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>
/// Applies inline suppression comments to a document's diagnostics, and reports the comments that
/// name no rule (SL0003) or suppressed nothing (SL0004).
/// </summary>
/// <remarks>
/// It runs after every rule, because whether a comment was used is known only once all results
/// are in. That is also why SL0003 and SL0004 cannot be ordinary rules. Their descriptors are
/// declared by descriptor-only rules in the rule pack, so that the catalog, <c>explain</c> and
/// configuration see them like any other rule. This filter reports one only when its descriptor is
/// among the engine's known descriptors, at the severity configuration gives it, and not at all
/// when configuration turns it off. An engine built without those rules reports neither.
/// </remarks>
internal static class SuppressionFilter
{
    /// <summary>The diagnostics that no suppression covers, plus diagnostics about the suppressions themselves.</summary>
    /// <param name="tree">The document.</param>
    /// <param name="diagnostics">Everything the engine and the rules reported, sorted.</param>
    /// <param name="known">Every descriptor the engine knows: IDs and names in comments are resolved against them.</param>
    /// <param name="options">Decides whether SL0003 and SL0004 are reported, and at which severity.</param>
    public static ImmutableArray<Diagnostic> Apply(SyntaxTree tree, ImmutableArray<Diagnostic> diagnostics, IReadOnlyCollection<DiagnosticDescriptor> known, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(options);
        var directives = ReadDirectives(tree, known);
        if (directives.Count == 0)
        {
            return diagnostics;
        }

        var unknownRuleId = Resolve(known, options, SuppressionDiagnosticIds.UnknownRuleId);
        var unusedSuppression = Resolve(known, options, SuppressionDiagnosticIds.UnusedSuppression);

        var candidates = new List<Diagnostic>(diagnostics);
        if (unknownRuleId is var (unknownDescriptor, unknownSeverity))
        {
            foreach (var directive in directives)
            {
                foreach (var target in directive.Targets.Where(t => t.Id is null))
                {
                    candidates.Add(Create(tree, unknownDescriptor, unknownSeverity, target.Span, null, target.Text));
                }
            }
        }

        var lineSuppressions = MapLineSuppressions(tree.Text, directives);
        var ranges = new RangeSuppressions(directives);
        var result = ImmutableArray.CreateBuilder<Diagnostic>(candidates.Count);
        foreach (var diagnostic in candidates)
        {
            var line = diagnostic.Location.LineSpan.Start.Line;
            var suppressed = false;
            if (lineSuppressions.TryGetValue(line, out var onLine))
            {
                foreach (var directive in onLine)
                {
                    suppressed |= MarkIfCovers(directive, diagnostic.Id);
                }
            }

            suppressed |= ranges.MarkIfCovers(diagnostic.Location.Span.Start, diagnostic.Id);
            if (!suppressed)
            {
                result.Add(diagnostic);
            }
        }

        if (unusedSuppression is var (unusedDescriptor, unusedSeverity))
        {
            // Not itself suppressible: a comment that silences reports about comments would only hide a stale one.
            AddUnused(tree, directives, unusedDescriptor, unusedSeverity, result);
        }

        result.Sort(DiagnosticComparer.Comparison);
        return result.ToImmutable();
    }

    private static List<SuppressionDirective> ReadDirectives(SyntaxTree tree, IReadOnlyCollection<DiagnosticDescriptor> known)
    {
        var directives = new List<SuppressionDirective>();

        // Every directive starts with "stmtlint-" and most documents hold none: one search of the text
        // (the parser's own string, not a copy) is far cheaper than a walk over every token.
        if (!tree.Text.ToString().Contains(SuppressionDirectiveParser.Prefix, StringComparison.Ordinal))
        {
            return directives;
        }

        Func<string, string?>? resolve = null;
        foreach (var token in tree.Root.DescendantTokens(SyntaxKind.CommentToken))
        {
            // Built at the first comment, outside the loop's scope: a lambda capturing a variable of the loop body
            // would allocate its closure for every token, comment or not.
            resolve ??= CreateResolver(known);
            var directive = SuppressionDirectiveParser.Parse(token.Text, token.Span.Start, resolve);
            if (directive is not null)
            {
                directives.Add(directive);
            }
        }

        return directives;
    }

    /// <summary>Resolves an ID or rule name written in a comment, in any case, to the ID it names.</summary>
    private static Func<string, string?> CreateResolver(IReadOnlyCollection<DiagnosticDescriptor> known)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in known)
        {
            ids.TryAdd(descriptor.Id, descriptor.Id);
            ids.TryAdd(descriptor.Name, descriptor.Id);
        }

        return text => ids.GetValueOrDefault(text);
    }

    /// <summary>The descriptor and effective severity of a suppression diagnostic, or null when it is unknown or turned off.</summary>
    private static (DiagnosticDescriptor Descriptor, Severity Severity)? Resolve(IReadOnlyCollection<DiagnosticDescriptor> known, AnalysisOptions options, string id)
    {
        var descriptor = known.FirstOrDefault(d => d.Id == id);
        if (descriptor is null)
        {
            return null;
        }

        var configuration = options.GetRule(id) ?? RuleConfiguration.Default;
        return configuration.Enabled ?? descriptor.IsEnabledByDefault
            ? (descriptor, configuration.Severity ?? descriptor.DefaultSeverity)
            : null;
    }

    /// <summary>Line number → the line directives that cover it.</summary>
    private static Dictionary<int, List<SuppressionDirective>> MapLineSuppressions(SourceText text, List<SuppressionDirective> directives)
    {
        var map = new Dictionary<int, List<SuppressionDirective>>();
        foreach (var directive in directives)
        {
            var first = text.Lines.GetLineFromPosition(directive.CommentSpan.Start).LineNumber;
            var last = text.Lines.GetLineFromPosition(directive.CommentSpan.End).LineNumber;
            if (directive.Kind == SuppressionDirectiveKind.DisableLine)
            {
                for (var line = first; line <= last; line++)
                {
                    Add(map, line, directive);
                }
            }
            else if (directive.Kind == SuppressionDirectiveKind.DisableNextLine)
            {
                // Blank lines between the comment and the line it means do not break the link.
                var next = last + 1;
                while (next < text.Lines.Count && IsBlank(text, text.Lines[next].Span))
                {
                    next++;
                }

                if (next < text.Lines.Count)
                {
                    Add(map, next, directive);
                }
            }
        }

        return map;

        static void Add(Dictionary<int, List<SuppressionDirective>> map, int line, SuppressionDirective directive)
        {
            if (!map.TryGetValue(line, out var list))
            {
                map[line] = list = [];
            }

            list.Add(directive);
        }
    }

    /// <summary>Marks what in <paramref name="directive"/> covers <paramref name="id"/> as used, and says whether anything did.</summary>
    private static bool MarkIfCovers(SuppressionDirective directive, string id)
    {
        if (directive.AppliesToAllRules)
        {
            directive.Used = true;
            return true;
        }

        var target = directive.FindTarget(id);
        if (target is null)
        {
            return false;
        }

        target.Used = true;
        return true;
    }

    private static void AddUnused(SyntaxTree tree, List<SuppressionDirective> directives, DiagnosticDescriptor descriptor, Severity severity, ImmutableArray<Diagnostic>.Builder result)
    {
        foreach (var directive in directives)
        {
            var comment = tree.Text.ToString(directive.CommentSpan);
            var known = directive.Targets.Where(t => t.Id is not null).ToList();
            var wholeCommentUnused = directive.AppliesToAllRules ? !directive.Used : known.Count > 0 && known.All(t => !t.Used);
            if (wholeCommentUnused)
            {
                // Unknown names in the comment are SL0003's business; the comment as a whole still did nothing.
                var fix = new Fix("Remove the unused suppression comment", [.. CommentRemoval.Remove(tree.Text, directive.CommentSpan)], Applicability.Safe);
                result.Add(Create(tree, descriptor, severity, directive.CommentSpan, fix, $"suppression comment '{comment}'"));
                continue;
            }

            for (var i = 0; i < directive.Targets.Length; i++)
            {
                var target = directive.Targets[i];
                if (target.Id is null || target.Used)
                {
                    continue;
                }

                // Take the separator with the ID: the one before it, or for the first ID the one after it.
                var span = i > 0
                    ? TextSpan.FromBounds(directive.Targets[i - 1].Span.End, target.Span.End)
                    : TextSpan.FromBounds(target.Span.Start, directive.Targets[i + 1].Span.Start);
                var fix = Fix.Create($"Remove '{target.Text}' from the suppression comment", new TextChange(span, string.Empty), Applicability.Safe);
                result.Add(Create(tree, descriptor, severity, target.Span, fix, $"'{target.Text}' in suppression comment '{comment}'"));
            }
        }
    }

    private static Diagnostic Create(SyntaxTree tree, DiagnosticDescriptor descriptor, Severity severity, TextSpan span, Fix? fix, params object[] args) =>
        new(descriptor, severity, new Location(tree.FilePath, span, tree.Text.Lines.GetLinePositionSpan(span)), descriptor.FormatMessage(args), fix);

    private static bool IsBlank(SourceText text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
