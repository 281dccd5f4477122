using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Rules.Attribution;
using Linter.Rules.Claims;

namespace Linter.Rules.Tests;

public sealed class ClaimAndCitationRuleTests
{
    [Fact]
    public void ReportsARebuttalOutsideTurnsWithNoSpeakerAnywhere()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(new UnattributedRebuttalRule(), """
            Notes on trade (2022-4-29)

            The Report says that trade is up. [|However, trade is down.|]
            """));

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.StartsWith("rebuttal 'However, trade is down.' cannot be attributed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Spokesperson's remarks on trade (2022-4-29)\n\nThe Report says that trade is up. However, trade is down.\n", "test.txt")]
    [InlineData("Notes on trade (2022-4-29)\n\nZhao Lijian: The Report says that trade is up. However, trade is down.\n", "test.txt")]
    [InlineData("Notes on trade (2022-4-29)\n\nTrade is up. However, trade is down.\n", "test.txt")]
    [InlineData("---\ntitle: Notes on trade\nauthor: Desk\n---\n\nThe Report says that trade is up. However, trade is down.\n", "test.md")]
    public void IsSilentWhenTheRebuttalHasASpeakerOrAnswersNothing(string text, string path)
    {
        RuleVerifier.Verify(new UnattributedRebuttalRule(), text, path);
    }

    [Fact]
    public void ReportsAQuotationTheCitedTextDoesNotContainAndShowsTheClosestPassage()
    {
        using var cited = new CitedText("We affirm that governments should refrain from blocking or degrading access to the Internet.");
        var diagnostic = Assert.Single(ConfiguredVerifier.Verify(
            new MisquotedClaimRule(),
            "Remarks (2022-4-29)\n\nThe Declaration claims that governments [|“must never block access to the Internet”|]. However, they do.\n",
            cited.Options,
            cited.DocumentPath));

        Assert.Equal(
            "quotation 'must never block access to the Internet' does not occur in the text of Declaration for the Future of the Internet; the closest passage is 'blocking or degrading access to the internet.'",
            diagnostic.Message);
    }

    [Fact]
    public void AcceptsAQuotationThatDiffersOnlyInCaseSpacesAndQuoteMarks()
    {
        using var cited = new CitedText("We affirm that governments should refrain from blocking the “open” Internet.");
        ConfiguredVerifier.Verify(
            new MisquotedClaimRule(),
            "Remarks (2022-4-29)\n\nThe Declaration says “Governments should  refrain from blocking the \"open\" internet.” However, they do.\n",
            cited.Options,
            cited.DocumentPath);
    }

    [Fact]
    public void ChecksEachPartOfAQuotationWithAnEllipsis()
    {
        using var cited = new CitedText("Governments should refrain from blocking access. They should protect privacy.");
        ConfiguredVerifier.Verify(
            new MisquotedClaimRule(),
            "Remarks (2022-4-29)\n\nThe Declaration says “governments should refrain … they should protect privacy”. However, they do not.\n",
            cited.Options,
            cited.DocumentPath);
    }

    [Fact]
    public void IsSilentWithoutACitedText()
    {
        RuleVerifier.Verify(new MisquotedClaimRule(), "Remarks (2022-4-29)\n\nThe Declaration says “anything at all”. However, no.\n");
    }

    [Fact]
    public void ReportsAnAliasBeforeTheFullName()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(new AliasBeforeNameRule(), """
            Remarks (2022-4-29)

            [|The Declaration|] says that all is well. However, it is not.

            We reject the Declaration for the Future of the Internet.
            """));

        Assert.Equal("'The Declaration' is used before the document's full name, 'Declaration for the Future of the Internet', is given", diagnostic.Message);
    }

    [Fact]
    public void IsSilentWhenTheTitleOrFrontMatterGivesTheName()
    {
        RuleVerifier.Verify(new AliasBeforeNameRule(), File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
        RuleVerifier.Verify(
            new AliasBeforeNameRule(),
            "---\ntitle: On the Declaration for the Future of the Internet\n---\n\nThe Declaration says so. However, no.\n\nThe Declaration for the Future of the Internet is long.\n",
            "test.md");
    }

    [Fact]
    public void RenamesAnotherSpellingToTheFirstFullName()
    {
        var diagnostics = RuleVerifier.VerifyFix(
            new InconsistentCitationNameRule(),
            "Remarks (2022-4-29)\n\nThe Declaration for the Future of the Internet is new.\n\nWe read [|the Declaration on the Future of the Internet|].\n",
            "Remarks (2022-4-29)\n\nThe Declaration for the Future of the Internet is new.\n\nWe read the Declaration for the Future of the Internet.\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Applicability.Unsafe, diagnostic.Fix?.Applicability);
        Assert.Equal("'the Declaration on the Future of the Internet' names the document first named 'Declaration for the Future of the Internet' another way", diagnostic.Message);
    }

    [Fact]
    public void TheShortFormAndCapitalsAreNotAnotherName()
    {
        RuleVerifier.Verify(new InconsistentCitationNameRule(), File.ReadAllText(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")));
        RuleVerifier.Verify(new InconsistentCitationNameRule(), "JOINT DECLARATION ON TRADE\n\nThe Joint Declaration on Trade is new. The Joint Declaration on Trade is long.\n");
    }

    /// <summary>A cited document's text in a temporary folder, and options that cite it.</summary>
    private sealed class CitedText : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory();

        public CitedText(string text)
        {
            File.WriteAllText(Path.Combine(_directory.FullName, "dfi.txt"), text);
            Options = AnalysisOptions.Default with
            {
                CitedDocuments = [new CitedDocumentSource("Declaration for the Future of the Internet", ImmutableArray.Create("the Declaration"), "dfi.txt")],
            };
        }

        public AnalysisOptions Options { get; }

        public string DocumentPath => Path.Combine(_directory.FullName, "remarks.txt");

        public void Dispose() => _directory.Delete(recursive: true);
    }
}
