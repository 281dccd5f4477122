using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis.Tests;

public sealed class AnalysisEngineTests
{
    private const string Statement = "Title of the remarks (2022-4-29)\n\nThe Declaration claims that all is well. However, it is not.\n\nPrint\n";

    private static SyntaxTree Parse(string text = Statement) => SyntaxTree.Parse(text, "remarks.txt");

    [Fact]
    public void ReportsAThrowingRuleOnceAsRuleFailureAndKeepsOtherRules()
    {
        var good = TestRule.Descriptor("SL7001");
        var bad = TestRule.Descriptor("SL7002");
        var calls = 0;
        var throwing = new TestRule(
            "ThrowingRule",
            context => context.RegisterNodeAction(
                c =>
                {
                    calls++;
                    c.Report(bad, c.Node.Span, "before the failure");
                    throw new InvalidOperationException("boom");
                },
                SyntaxKind.Sentence),
            bad);
        var engine = new AnalysisEngine([throwing, TestRule.ReportingOn(good, SyntaxKind.Sentence)]);

        var diagnostics = engine.Analyze(Parse());

        var failure = Assert.Single(diagnostics, d => d.Id == EngineDiagnostics.RuleFailureId);
        Assert.Contains("ThrowingRule", failure.Message, StringComparison.Ordinal);
        Assert.Contains("SL7002", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'remarks.txt'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: boom", failure.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Equal(1, calls);
        Assert.DoesNotContain(diagnostics, d => d.Id == "SL7002");
        Assert.True(diagnostics.Count(d => d.Id == "SL7001") >= 2);
    }

    [Fact]
    public void ReportsAThrowingDocumentActionAsRuleFailure()
    {
        var descriptor = TestRule.Descriptor("SL7003");
        var rule = new TestRule("DocumentRule", context => context.RegisterDocumentAction(_ => throw new FormatException("bad")), descriptor);

        var diagnostics = new AnalysisEngine([rule]).Analyze(Parse());

        var failure = Assert.Single(diagnostics);
        Assert.Equal(EngineDiagnostics.RuleFailureId, failure.Id);
        Assert.Equal(new TextSpan(0, 0), failure.Location.Span);
    }

    [Fact]
    public void RejectsAReportOfAnUndeclaredId()
    {
        var declared = TestRule.Descriptor("SL7004");
        var undeclared = TestRule.Descriptor("SL7005");
        var rule = new TestRule("SneakyRule", context => context.RegisterDocumentAction(c => c.Report(undeclared, new TextSpan(0, 1), "x")), declared);

        var diagnostics = new AnalysisEngine([rule]).Analyze(Parse());

        // The report throws ArgumentException inside the rule, and the engine turns that into the rule's failure.
        var failure = Assert.Single(diagnostics);
        Assert.Equal(EngineDiagnostics.RuleFailureId, failure.Id);
        Assert.Contains("ArgumentException: SneakyRule reported SL7005, which is not in its SupportedDiagnostics", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsASpanOutsideTheText()
    {
        var descriptor = TestRule.Descriptor("SL7006");
        var rule = new TestRule("FarRule", context => context.RegisterDocumentAction(c => c.Report(descriptor, new TextSpan(c.Tree.Text.Length, 1), "x")), descriptor);

        var failure = Assert.Single(new AnalysisEngine([rule]).Analyze(Parse()));

        Assert.Equal(EngineDiagnostics.RuleFailureId, failure.Id);
        Assert.Contains("outside the text", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnUnsafeFixFromARuleDeclaredSafe()
    {
        var descriptor = TestRule.Descriptor("SL7016", fix: FixAvailability.Always, fixSafety: FixSafety.Safe);
        var fix = Fix.Create("Delete it", new TextChange(new TextSpan(0, 1), string.Empty), Applicability.Unsafe);
        var rule = new TestRule("Overreacher", context => context.RegisterDocumentAction(c => c.Report(descriptor, new TextSpan(0, 1), fix, "x")), descriptor);

        var failure = Assert.Single(new AnalysisEngine([rule]).Analyze(Parse()));

        Assert.Equal(EngineDiagnostics.RuleFailureId, failure.Id);
        Assert.Contains("declares its fixes safe", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAFixFromARuleThatDeclaresNone()
    {
        var descriptor = TestRule.Descriptor("SL7017");
        var fix = Fix.Create("Delete it", new TextChange(new TextSpan(0, 1), string.Empty), Applicability.Safe);
        var rule = new TestRule("Undeclared", context => context.RegisterDocumentAction(c => c.Report(descriptor, new TextSpan(0, 1), fix, "x")), descriptor);

        var failure = Assert.Single(new AnalysisEngine([rule]).Analyze(Parse()));

        Assert.Equal(EngineDiagnostics.RuleFailureId, failure.Id);
        Assert.Contains("declares no fix", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnEmptyKindListAtRegistration()
    {
        var descriptor = TestRule.Descriptor("SL7007");
        var rule = new TestRule("LazyRule", context => context.RegisterNodeAction(_ => { }), descriptor);

        var e = Assert.Throws<ArgumentException>(() => new AnalysisEngine([rule]));
        Assert.Contains("without any node kinds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsATokenKindAtRegistration()
    {
        var descriptor = TestRule.Descriptor("SL7008");
        var rule = new TestRule("TokenRule", context => context.RegisterNodeAction(_ => { }, SyntaxKind.WordToken), descriptor);

        Assert.Throws<ArgumentException>(() => new AnalysisEngine([rule]));
    }

    [Fact]
    public void RejectsTwoRulesDeclaringOneId()
    {
        var descriptor = TestRule.Descriptor("SL7009");

        Assert.Throws<ArgumentException>(() => new AnalysisEngine([TestRule.ReportingOn(descriptor, SyntaxKind.Body), TestRule.ReportingOn(descriptor, SyntaxKind.Body)]));
    }

    [Fact]
    public void RejectsARuleDeclaringAnEngineId()
    {
        Assert.Throws<ArgumentException>(() => new AnalysisEngine([TestRule.ReportingOn(TestRule.Descriptor("SL9001"), SyntaxKind.Body)]));
    }

    [Fact]
    public void HandsEachNodeToEveryInterestedRuleInOneWalk()
    {
        var log = new List<string>();
        TestRule Logging(string name, string id) => new(
            name,
            context => context.RegisterNodeAction(c => log.Add($"{name}:{c.Node.Kind}@{c.Node.FullSpan.Start}"), SyntaxKind.Document, SyntaxKind.Body, SyntaxKind.Paragraph),
            TestRule.Descriptor(id));
        var tree = Parse();
        var expectedNodes = tree.Root.DescendantNodesAndSelf()
            .Where(n => n.Kind is SyntaxKind.Document or SyntaxKind.Body or SyntaxKind.Paragraph)
            .Select(n => $"{n.Kind}@{n.FullSpan.Start}")
            .ToList();

        _ = new AnalysisEngine([Logging("A", "SL7010"), Logging("B", "SL7011")]).Analyze(tree);

        // One walk interleaves the rules node by node; a walk per rule would list all of A before B.
        Assert.True(expectedNodes.Count >= 3);
        Assert.Equal(expectedNodes.SelectMany(n => new[] { "A:" + n, "B:" + n }), log);
    }

    [Fact]
    public void HandsNestedNodesOfTheWantedKindsThoughTheWalkPassesOverTheRest()
    {
        // The node walk goes only into subtrees that hold a wanted kind: a citation inside a sentence, a dateline inside the title.
        var log = new List<string>();
        var always = new TestRule(
            "Always",
            context => context.RegisterNodeAction(c => log.Add($"{c.Node.Kind}@{c.Node.FullSpan.Start}"), SyntaxKind.Citation, SyntaxKind.Dateline),
            TestRule.Descriptor("SL7030"));
        var perDocument = new TestRule(
            "PerDocument",
            context => context.RegisterDocumentStartAction(start => start.RegisterNodeAction(n => log.Add($"{n.Kind}@{n.FullSpan.Start}"), SyntaxKind.Rebuttal)),
            TestRule.Descriptor("SL7031"));
        var tree = Parse();
        var expected = tree.Root.DescendantNodesAndSelf()
            .Where(n => n.Kind is SyntaxKind.Citation or SyntaxKind.Dateline or SyntaxKind.Rebuttal)
            .Select(n => $"{n.Kind}@{n.FullSpan.Start}")
            .ToList();

        _ = new AnalysisEngine([always, perDocument]).Analyze(tree);

        Assert.Equal(expected, log);
        Assert.Equal(["Dateline", "Citation", "Rebuttal"], log.Select(entry => entry[..entry.IndexOf('@', StringComparison.Ordinal)]));
    }

    [Fact]
    public void CallsDocumentActionsOncePerDocument()
    {
        var count = 0;
        var rule = new TestRule("Counter", context => context.RegisterDocumentAction(_ => count++), TestRule.Descriptor("SL7012"));
        var engine = new AnalysisEngine([rule]);

        engine.Analyze(Parse());
        engine.Analyze(Parse("Another document\n"));

        Assert.Equal(2, count);
    }

    [Fact]
    public void HandsTokensOfTheRegisteredKindsInDocumentOrderThenEndsTheDocument()
    {
        var log = new List<string>();
        var rule = new TestRule(
            "Tokens",
            context => context.RegisterDocumentStartAction(start =>
            {
                log.Add("start");
                start.RegisterTokenAction(token => log.Add(token.Text), SyntaxKind.PunctuationToken, SyntaxKind.DateToken);
                start.RegisterDocumentEndAction(() => log.Add("end"));
            }),
            TestRule.Descriptor("SL7013"));
        var tree = Parse();
        var expected = tree.Root.DescendantTokens().Where(t => t.Kind is SyntaxKind.PunctuationToken or SyntaxKind.DateToken).Select(t => t.Text);

        new AnalysisEngine([rule]).Analyze(tree);

        Assert.Equal(["start", .. expected, "end"], log);
        Assert.Contains("2022-4-29", log);
        Assert.Contains(".", log);
    }

    [Fact]
    public void ReportsAThrowingTokenActionAtItsTokenAndSkipsTheRuleForTheRestOfTheDocument()
    {
        var descriptor = TestRule.Descriptor("SL7014");
        var good = TestRule.Descriptor("SL7015");
        var calls = 0;
        var ended = false;
        var rule = new TestRule(
            "ThrowingTokens",
            context => context.RegisterDocumentStartAction(start =>
            {
                start.RegisterTokenAction(token => { calls++; throw new InvalidOperationException("token"); }, SyntaxKind.WordToken);
                start.RegisterDocumentEndAction(() => ended = true);
            }),
            descriptor);
        var tree = Parse();
        var firstWord = tree.Root.DescendantTokens().First(t => t.Kind == SyntaxKind.WordToken);

        var diagnostics = new AnalysisEngine([rule, TestRule.ReportingOn(good, SyntaxKind.Sentence)]).Analyze(tree);

        var failure = Assert.Single(diagnostics, d => d.Id == EngineDiagnostics.RuleFailureId);
        Assert.Equal(firstWord.Span, failure.Location.Span);
        Assert.Equal(1, calls);
        Assert.False(ended);
        Assert.Contains(diagnostics, d => d.Id == "SL7015");
    }

    [Fact]
    public void HandsNodesToTheNodeActionsADocumentRegistered()
    {
        var descriptor = TestRule.Descriptor("SL7018");
        var rule = new TestRule(
            "CountsSentences",
            context => context.RegisterDocumentStartAction(start =>
            {
                var sentences = new List<SyntaxNode>();
                start.RegisterNodeAction(sentences.Add, SyntaxKind.Sentence);
                start.RegisterDocumentEndAction(() => start.Report(descriptor, new TextSpan(0, 0), string.Join("|", sentences.Select(s => s.ToString()))));
            }),
            descriptor);
        var tree = Parse();
        var expected = string.Join("|", tree.Root.DescendantNodes().Where(n => n.Kind == SyntaxKind.Sentence).Select(n => n.ToString()));

        var diagnostic = Assert.Single(new AnalysisEngine([rule]).Analyze(tree));

        Assert.Equal($"found {expected}", diagnostic.Message);
        Assert.Contains("However, it is not.", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsATokenKindForANodeActionOfADocument()
    {
        var rule = new TestRule(
            "TokenAsNode",
            context => context.RegisterDocumentStartAction(start => start.RegisterNodeAction(_ => { }, SyntaxKind.WordToken)),
            TestRule.Descriptor("SL7019"));

        var failure = Assert.Single(new AnalysisEngine([rule]).Analyze(Parse()));

        Assert.Contains("WordToken, which is not a node kind", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsANodeKindForATokenAction()
    {
        var rule = new TestRule(
            "NodeAsToken",
            context => context.RegisterDocumentStartAction(start => start.RegisterTokenAction(_ => { }, SyntaxKind.Sentence)),
            TestRule.Descriptor("SL7016"));

        var failure = Assert.Single(new AnalysisEngine([rule]).Analyze(Parse()));

        Assert.Equal(EngineDiagnostics.RuleFailureId, failure.Id);
        Assert.Contains("Sentence, which is not a token kind", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsEachDocumentsTokenStateApart()
    {
        var descriptor = TestRule.Descriptor("SL7017");
        var rule = new TestRule(
            "CountsWords",
            context => context.RegisterDocumentStartAction(start =>
            {
                var words = 0;
                start.RegisterTokenAction(_ => words++, SyntaxKind.WordToken);
                start.RegisterDocumentEndAction(() => start.Report(descriptor, new TextSpan(0, 0), words));
            }),
            descriptor);
        var engine = new AnalysisEngine([rule]);

        var first = Assert.Single(engine.Analyze(Parse("One two three\n")));
        var second = Assert.Single(engine.Analyze(Parse("One\n")));

        Assert.Contains("3", first.Message, StringComparison.Ordinal);
        Assert.Contains("1", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SortsDiagnosticsByPositionThenId()
    {
        var late = TestRule.Descriptor("SL7020");
        var early = TestRule.Descriptor("SL7013");
        var engine = new AnalysisEngine([TestRule.ReportingOn(late, SyntaxKind.Paragraph, SyntaxKind.Body), TestRule.ReportingOn(early, SyntaxKind.Paragraph)]);

        var diagnostics = engine.Analyze(Parse());

        var keys = diagnostics.Select(d => (d.Location.Span.Start, d.Id)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Start).ThenBy(k => k.Id, StringComparer.Ordinal), keys);
        Assert.Contains(diagnostics, d => d.Id == "SL7013");
    }

    [Fact]
    public void FormatsMessagesAndFillsLocations()
    {
        var descriptor = TestRule.Descriptor("SL7014", Severity.Info, "the node is a {0} of width {1}");
        var rule = new TestRule(
            "Formatting",
            context => context.RegisterNodeAction(c => c.Report(descriptor, new TextSpan(c.Node.Span.Start, 5), c.Node.Kind, 1234.5), SyntaxKind.Boilerplate),
            descriptor);

        var diagnostic = Assert.Single(new AnalysisEngine([rule]).Analyze(Parse()));

        Assert.Equal("the node is a Boilerplate of width 1234.5", diagnostic.Message);
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Equal("remarks.txt", diagnostic.Location.FilePath);
        Assert.Equal(4, diagnostic.Location.LineSpan.Start.Line);
        Assert.Equal(0, diagnostic.Location.LineSpan.Start.Character);
        Assert.Equal("Print", Statement.Substring(diagnostic.Location.Span.Start, 5));
    }

    [Fact]
    public void KeepsAReportedFix()
    {
        var descriptor = TestRule.Descriptor("SL7015", fix: FixAvailability.Always, fixSafety: FixSafety.Unsafe);
        var fix = Fix.Create("Delete it", new TextChange(new TextSpan(0, 1), string.Empty), Applicability.Unsafe);
        var rule = new TestRule("Fixer", context => context.RegisterDocumentAction(c => c.Report(descriptor, new TextSpan(0, 1), fix, "x")), descriptor);

        var diagnostic = Assert.Single(new AnalysisEngine([rule]).Analyze(Parse()));

        Assert.Same(fix, diagnostic.Fix);
    }

    [Fact]
    public void ReportsInvalidBytesAsInvalidEncoding()
    {
        var tree = SyntaxTree.Parse([(byte)'O', (byte)'k', 0xFF, (byte)'\n'], "bad.txt");

        var diagnostics = new AnalysisEngine([]).Analyze(tree);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SL0002", diagnostic.Id);
        Assert.Equal("invalid-encoding", diagnostic.Descriptor.Name);
        Assert.Equal("bad.txt", diagnostic.Location.FilePath);
    }
}
