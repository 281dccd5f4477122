using System.Collections.Concurrent;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Tests.Properties;

/// <summary>
/// The filtered walks give exactly what the plain walks give once filtered (by kind, by span), and the previous and next
/// token of every token are its neighbours in the plain token walk: on generated documents and on every corpus document.
/// </summary>
public sealed class WalkPropertyTests
{
    private static readonly SyntaxKind[] s_nodeKinds = [.. Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsNode)];
    private static readonly SyntaxKind[] s_tokenKinds = [.. Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsToken)];

    private static readonly Gen<string> s_documents = Gen.Frequency(
        (4, DocumentGenerators.StatementLike()),
        (1, DocumentGenerators.SpeakerLabels),
        (1, DocumentGenerators.UnbalancedQuotes),
        (1, DocumentGenerators.FrontMatter),
        (1, DocumentGenerators.LineEndingMixes),
        (1, DocumentGenerators.UnicodeStrings));

    // Kinds as indexes into the kind lists, and span ends as fractions of the text (in ten-thousandths), so that shrinking works.
    private static readonly Gen<(string Text, bool Markdown, int[] NodeKinds, int[] TokenKinds, int[] Cuts)> s_cases = Gen.Select(
        s_documents,
        Gen.Bool,
        Gen.Int[0, s_nodeKinds.Length - 1].Array[0, 4],
        Gen.Int[0, s_tokenKinds.Length - 1].Array[0, 4],
        Gen.Int[0, 10_000].Array[0, 8]);

    [Fact]
    public void FilteredWalksEqualPlainWalksFilteredOnGeneratedDocuments() =>
        s_cases.Sample(c =>
        {
            var tree = SyntaxTree.Parse(c.Text, c.Markdown ? "x.md" : "x.txt");
            var nodeKinds = SyntaxKindSet.Of([.. c.NodeKinds.Select(i => s_nodeKinds[i])]);
            var tokenKinds = SyntaxKindSet.Of([.. c.TokenKinds.Select(i => s_tokenKinds[i])]);
            var cuts = c.Cuts.Select(cut => (int)((long)cut * (tree.Text.Length + 2) / 10_000)).Order().ToArray();
            var spans = Enumerable.Range(0, cuts.Length / 2).Select(i => TextSpan.FromBounds(cuts[2 * i], cuts[(2 * i) + 1])).ToArray();

            foreach (var node in tree.Root.DescendantNodesAndSelf())
            {
                CheckKinds(node, nodeKinds, tokenKinds);
                CheckSpans(node, spans);
            }

            CheckNeighbours(tree);
        }, iter: PropertyRuns.Iterations(1500));

    [Trait("Category", "Slow")]
    [Fact]
    public void FilteredWalksEqualPlainWalksFilteredOnTheCorpus()
    {
        var failures = new ConcurrentBag<string>();
        // Every third document: each is walked a hundred ways, and a third of the corpus already holds every form it has.
        var documents = RepositoryPaths.Documents(RepositoryPaths.Corpus).Where((_, i) => i % 3 == 0).ToList();
        Assert.True(documents.Count > 600, $"only {documents.Count} corpus documents");
        Parallel.ForEach(documents, path =>
        {
            try
            {
                var tree = SyntaxTree.Parse(File.ReadAllBytes(path), path);
                CheckKinds(tree.Root, SyntaxKindSet.AllNodes, SyntaxKindSet.AllTokens);
                CheckKinds(tree.Root, SyntaxKindSet.Of(SyntaxKind.Citation, SyntaxKind.Quotation, SyntaxKind.Dateline), SyntaxKindSet.Of(SyntaxKind.DateToken, SyntaxKind.PunctuationToken));
                foreach (var turn in tree.Root.DescendantNodes(SyntaxKind.Turn).Take(20))
                {
                    CheckKinds(turn, SyntaxKindSet.Of(SyntaxKind.Paragraph, SyntaxKind.Rebuttal), SyntaxKindSet.Of(SyntaxKind.PunctuationToken, SyntaxKind.WordToken));
                }

                // Every other line together, then a few lines alone: spans that start and end anywhere in the tree.
                var lines = tree.Text.Lines.Select(line => line.SpanIncludingLineBreak).ToList();
                CheckSpans(tree.Root, [.. lines.Where((_, i) => i % 2 == 0)]);
                CheckSpans(tree.Root, [.. lines.Where((_, i) => i % 7 == 3).Select(line => new TextSpan(line.Start + (line.Length / 2), 0))]);
                foreach (var line in lines.Take(3))
                {
                    CheckSpans(tree.Root, [line]);
                }

                CheckNeighbours(tree);
            }
#pragma warning disable CA1031 // Each failure is reported with its file name; the loop goes on to the other files.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures.Add($"{RepositoryPaths.RelativeToCorpus(path)}: {exception.Message}");
            }
        });

        var sorted = failures.Order(StringComparer.Ordinal).ToList();
        Assert.True(sorted.Count == 0, $"{sorted.Count} document(s) differ:\n{string.Join("\n", sorted.Take(20))}");
    }

    private static void CheckKinds(SyntaxNode node, SyntaxKindSet nodeKinds, SyntaxKindSet tokenKinds)
    {
        var nodes = node.DescendantNodesAndSelf().ToList();
        var tokens = node.DescendantTokens().ToList();
        Same(nodes.Skip(1).Where(n => nodeKinds.Contains(n.Kind)), node.DescendantNodes(nodeKinds));
        Same(nodes.Where(n => nodeKinds.Contains(n.Kind)), node.DescendantNodesAndSelf(nodeKinds));
        Same(tokens.Where(t => tokenKinds.Contains(t.Kind)), node.DescendantTokens(tokenKinds));
        foreach (var kind in nodeKinds.ToKinds())
        {
            Same(nodes.Skip(1).Where(n => n.Kind == kind), node.DescendantNodes(kind));
            Assert.Equal(nodes.Any(n => n.Kind == kind), node.ContainsKind(kind));
        }

        foreach (var kind in tokenKinds.ToKinds())
        {
            Same(tokens.Where(t => t.Kind == kind), node.DescendantTokens(kind));
            Assert.Equal(tokens.Any(t => t.Kind == kind), node.ContainsKind(kind));
        }

        var kinds = nodeKinds.Union(tokenKinds);
        Assert.Equal(nodes.Any(n => kinds.Contains(n.Kind)) || tokens.Any(t => kinds.Contains(t.Kind)), node.ContainsAnyKind(kinds));
    }

    private static void CheckSpans(SyntaxNode node, TextSpan[] spans)
    {
        var tokens = node.DescendantTokens().ToList();
        Same(tokens.Where(t => InAny(spans, t.FullSpan)), node.DescendantTokens(spans));
        foreach (var span in spans.Take(3))
        {
            Same(tokens.Where(t => IsInSpan(span, t.FullSpan)), node.DescendantTokens(span));
        }
    }

    // The spans are sorted and disjoint, so their ends are sorted too: the first that can meet the element is found by halving.
    private static bool InAny(TextSpan[] spans, TextSpan element)
    {
        var (low, high) = (0, spans.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = spans[middle].End < element.Start ? (middle + 1, high) : (low, middle);
        }

        for (var i = low; i < spans.Length && spans[i].Start <= element.End; i++)
        {
            if (IsInSpan(spans[i], element))
            {
                return true;
            }
        }

        return false;
    }

    // A loop rather than Assert.Equal on the sequences: this runs hundreds of thousands of times, and says where they part.
    private static void Same<T>(IEnumerable<T> expected, IEnumerable<T> actual)
    {
        var (e, a) = (expected.ToList(), actual.ToList());
        var common = Math.Min(e.Count, a.Count);
        for (var i = 0; i < common; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(e[i], a[i]))
            {
                Assert.Fail($"item {i} differs: expected {e[i]}, got {a[i]}");
            }
        }

        Assert.True(e.Count == a.Count, $"expected {e.Count} items, got {a.Count}");
    }

    // Roslyn's test, written out with TextSpan's own methods.
    private static bool IsInSpan(TextSpan span, TextSpan element) =>
        span.OverlapsWith(element) || (element.IsEmpty && span.IntersectsWith(element));

    private static void CheckNeighbours(SyntaxTree tree)
    {
        var all = tree.Root.DescendantTokens().ToList();
        SyntaxToken? lastWithText = null;
        for (var i = 0; i < all.Count; i++)
        {
            Neighbour(i > 0 ? all[i - 1] : null, all[i].GetPreviousToken(includeZeroWidth: true), all[i], "previous (zero width included)");
            Neighbour(i + 1 < all.Count ? all[i + 1] : null, all[i].GetNextToken(includeZeroWidth: true), all[i], "next (zero width included)");
            Neighbour(lastWithText, all[i].GetPreviousToken(), all[i], "previous");
            if (all[i].Width > 0)
            {
                lastWithText = all[i];
            }
        }

        SyntaxToken? nextWithText = null;
        for (var i = all.Count - 1; i >= 0; i--)
        {
            Neighbour(nextWithText, all[i].GetNextToken(), all[i], "next");
            if (all[i].Width > 0)
            {
                nextWithText = all[i];
            }
        }
    }

    // The token (its parent and slot) and where it is: equality of tokens alone does not compare positions.
    private static void Neighbour(SyntaxToken? expected, SyntaxToken? actual, SyntaxToken of, string which)
    {
        if (expected != actual || expected?.FullSpan != actual?.FullSpan)
        {
            Assert.Fail($"the {which} token of {of.Kind} at {of.FullSpan}: expected {expected?.Kind} at {expected?.FullSpan}, got {actual?.Kind} at {actual?.FullSpan}");
        }
    }
}
