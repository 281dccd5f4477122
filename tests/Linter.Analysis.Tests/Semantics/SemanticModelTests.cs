using System.Collections.Immutable;
using Linter.Syntax;

namespace Linter.Analysis.Tests.Semantics;

public sealed class SemanticModelTests
{
    private static SemanticModel Model(string text, string path = "test.txt", AnalysisOptions? options = null) =>
        new(SyntaxTree.Parse(text, path), options ?? AnalysisOptions.Default);

    private static SemanticModel CanonicalModel() =>
        new(SyntaxTree.Parse(File.ReadAllBytes(CanonicalExample.Path), CanonicalExample.Path), AnalysisOptions.Default);

    [Fact]
    public void TheCanonicalExampleHasAQuestionerAndAnAnswerer()
    {
        var turns = CanonicalModel().Turns;

        Assert.Equal(2, turns.Length);
        Assert.Equal(("xinhua news agency", SpeakerRole.Questioner), (turns[0].SpeakerKey, turns[0].Role));
        Assert.Equal(("zhao lijian", SpeakerRole.Answerer), (turns[1].SpeakerKey, turns[1].Role));
        Assert.Equal("Zhao Lijian", turns[1].Speaker);
    }

    [Fact]
    public void TheCanonicalExamplePairsEachOfItsSixClaimsWithTheRebuttalThatFollows()
    {
        var pairs = CanonicalModel().ClaimRebuttalPairs;

        Assert.Equal(6, pairs.Length);
        Assert.All(pairs, pair =>
        {
            Assert.NotNull(pair.Rebuttal);
            Assert.Same(pair.Claim.Parent, pair.Rebuttal.Parent);
            Assert.True(pair.Rebuttal.Span.Start > pair.Claim.Span.End);
            Assert.StartsWith("However", pair.Rebuttal.ToString(), StringComparison.Ordinal);
            Assert.Equal("Declaration for the Future of the Internet", pair.Document?.Name);
        });
    }

    [Fact]
    public void TheCanonicalExampleCitesOneDocumentByItsNameAndTheDeclaration()
    {
        var document = Assert.Single(CanonicalModel().CitedDocuments);

        Assert.Equal("Declaration for the Future of the Internet", document.Name);
        Assert.Equal("Declaration", document.TypeNoun);
        Assert.Equal("the Declaration", Assert.Single(document.Aliases), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(3, document.FullMentions.Length);
        Assert.Equal(3, document.FirstFullMention!.LineSpan.Start.Line + 1);
    }

    [Fact]
    public void TheCanonicalExampleDatesAreTheDatelineAndTheStamp()
    {
        var model = CanonicalModel();

        Assert.Equal(
            [("2022-4-29", DatePlacement.Dateline, "yyyy-M-d"), ("2022-05-05", DatePlacement.PublishStamp, "yyyy-MM-dd")],
            model.Dates.Select(d => (d.Written.Text, d.Placement, d.Written.Format)));
        Assert.Equal(new DateOnly(2022, 4, 29), model.Date?.Written.Date);
    }

    [Theory]
    [InlineData("ZHAO LIJIAN", "zhao lijian")]
    [InlineData("Zhao  Lijian", "zhao lijian")]
    [InlineData("Spokesperson Zhao Lijian", "zhao lijian")]
    [InlineData("MS. PSAKI", "psaki")]
    [InlineData("Mr", "mr")]
    public void NormalisesSpeakerNamesToOneKey(string label, string key)
    {
        var model = Model($"Remarks (2022-4-29)\n\n{label}: Trade is down.\n");

        Assert.Equal(key, Assert.Single(model.Turns).SpeakerKey);
    }

    [Fact]
    public void QuestionLabelsAskAndNamedSpeakersAnswer()
    {
        var model = Model("Briefing (2022-4-29)\n\nMS. PSAKI: Good afternoon.\n\nQ: Is trade down?\n\nMS. PSAKI: It is.\n\nFollow-up: Why?\n");

        Assert.Equal(
            [SpeakerRole.Answerer, SpeakerRole.Questioner, SpeakerRole.Answerer, SpeakerRole.Questioner],
            model.Turns.Select(t => t.Role));
    }

    [Fact]
    public void TheSpeakerWhoAnswersMostTurnsIsTheSpokesperson()
    {
        var model = Model(
            "Regular Press Conference on May 11, 2020\n\nCCTV: Is trade down?\n\nZhao Lijian: It is.\n\nReuters: Is it?\n\nZHAO LIJIAN: Yes.\n");

        Assert.Equal(
            [SpeakerRole.Questioner, SpeakerRole.Answerer, SpeakerRole.Questioner, SpeakerRole.Answerer],
            model.Turns.Select(t => t.Role));
    }

    [Fact]
    public void TheSpeakerTheTitleNamesIsTheSpokesperson()
    {
        var model = Model(
            "Spokesperson Hua Chunying's Press Conference on May 11, 2020\n\nHua Chunying: Welcome.\n\nCCTV: Is trade down?\n\nHua Chunying: It is.\n\nCCTV: Why?\n\nHua Chunying: Demand.\n");

        Assert.Equal(
            [SpeakerRole.Answerer, SpeakerRole.Questioner, SpeakerRole.Answerer, SpeakerRole.Questioner, SpeakerRole.Answerer],
            model.Turns.Select(t => t.Role));
    }

    [Fact]
    public void OneSpeakerAloneAnswers()
    {
        Assert.Equal(SpeakerRole.Answerer, Assert.Single(Model("Remarks (2022-4-29)\n\nTHE PRESIDENT: Thank you.\n").Turns).Role);
    }

    [Fact]
    public void LinksTheShortFormToTheLastDocumentNamedWithItsNoun()
    {
        var model = Model("""
            Remarks (2022-4-29)

            The Declaration for the Future of the Internet was launched. The Paris Agreement was not.

            The Declaration says that all is well. The Agreement says so too.
            """);

        Assert.Equal(["Declaration for the Future of the Internet", "Paris Agreement"], model.CitedDocuments.Select(d => d.Name));
        Assert.Equal(2, model.CitedDocuments[0].Mentions.Length);
        Assert.Equal(2, model.CitedDocuments[1].Mentions.Length);
        Assert.True(model.CitedDocuments[0].IsAlias(model.CitedDocuments[0].Mentions[1]));
    }

    [Fact]
    public void GroupsSpellingsOfOneNameThatDifferInConnectorsOrCase()
    {
        var model = Model("""
            Remarks (2022-4-29)

            The Declaration for the Future of the Internet was launched. The Declaration on the Future of the Internet was not.
            """);

        var document = Assert.Single(model.CitedDocuments);
        Assert.Equal(2, document.FullMentions.Length);
        Assert.Equal("Declaration for the Future of the Internet", document.Name);
    }

    [Fact]
    public void AShortFormBeforeTheNameLinksToTheNameThatFollows()
    {
        var model = Model("""
            Remarks (2022-4-29)

            The Declaration says that all is well.

            We reject the Declaration for the Future of the Internet.
            """);

        var document = Assert.Single(model.CitedDocuments);
        Assert.True(document.IsAlias(document.Mentions[0]));
        Assert.Same(document.FirstFullMention, document.Mentions[1]);
    }

    [Fact]
    public void ConfiguredDocumentsGiveTheNameAndAliases()
    {
        var options = AnalysisOptions.Default with
        {
            CitedDocuments = [new CitedDocumentSource("Declaration for the Future of the Internet", ["the DFI"], TextPath: null)],
        };

        var model = Model("Remarks (2022-4-29)\n\nThe DFI says that all is well. However, it is not.\n", options: options);

        var document = model.CitedDocuments[0];
        Assert.Equal("Declaration for the Future of the Internet", document.Name);
        Assert.NotNull(document.Source);
        Assert.Contains("the DFI", document.Aliases);
    }

    [Fact]
    public void AClaimIsAnsweredByTheRebuttalInTheNextParagraph()
    {
        var model = Model("Remarks (2022-4-29)\n\nThe Report says that trade is up.\n\nHowever, trade is down.\n");

        Assert.NotNull(Assert.Single(model.ClaimRebuttalPairs).Rebuttal);
        Assert.Null(Assert.Single(model.GetClaimRebuttalPairs(RebuttalWindow.SameParagraph)).Rebuttal);
    }

    [Fact]
    public void ARebuttalAnswersOnlyTheClaimJustBeforeIt()
    {
        var pairs = Model("Remarks (2022-4-29)\n\nThe Report says that trade is up. The Declaration says so too. However, trade is down.\n").ClaimRebuttalPairs;

        Assert.Null(pairs[0].Rebuttal);
        Assert.NotNull(pairs[1].Rebuttal);
    }

    [Fact]
    public void AClaimInAQuestionIsAnsweredByTheAnswerTurn()
    {
        var model = Model("Remarks (2022-4-29)\n\nQ: The Report says that trade is up. What is your comment?\n\nA: Trade is down.\n");

        var pair = Assert.Single(model.ClaimRebuttalPairs);
        Assert.True(pair.IsAnswered);
        Assert.Equal(1, pair.AnsweringTurn?.Index);
        Assert.Null(pair.Rebuttal);
    }

    [Fact]
    public void ARebuttalInTheNextTurnDoesNotAnswerAStatement()
    {
        var pair = Assert.Single(Model("Remarks (2022-4-29)\n\nMr Lee: The Report says that trade is up.\n\nMr Tan: However, it is down.\n").ClaimRebuttalPairs);

        Assert.False(pair.IsAnswered);
    }

    [Fact]
    public void FrontMatterDateCountsFirst()
    {
        var model = Model("---\ntitle: Remarks\ndate: '2022-04-28'\npublished_time: 2022-04-29 08:21:48-04:00\n---\n\nTrade is down on May 1, 2022.\n", "remarks.md");

        Assert.Equal(
            [(DatePlacement.FrontMatter, "2022-04-28"), (DatePlacement.FrontMatter, "2022-04-29"), (DatePlacement.Body, "May 1, 2022")],
            model.Dates.Select(d => (d.Placement, d.Written.Text)));
        Assert.Equal("date", model.Date?.MetadataKey);
        Assert.Equal("2022-04-28", model.Tree.Text.ToString(model.Date!.Span));
        Assert.Equal("Remarks", model.Title);
    }

    [Fact]
    public void TheStampCountsWhenTheTitleHasNoDateline()
    {
        var model = Model("Remarks on trade\n\n2022-05-05 09:17\n\nTrade is down.\n");

        Assert.Equal(DatePlacement.PublishStamp, model.Date?.Placement);
    }

    [Fact]
    public void AnInvalidDateIsStillADate()
    {
        var date = Assert.Single(Model("Remarks on trade\n\nTrade was down on 2022-02-30.\n").Dates);

        Assert.False(date.Written.IsValid);
        Assert.Equal(DatePlacement.Body, date.Placement);
    }

    [Fact]
    public void ReadsTheCitedTextBesideTheDocument()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "dfi.txt"), "We affirm an open Internet.");
            var options = AnalysisOptions.Default with
            {
                CitedDocuments = [new CitedDocumentSource("Declaration for the Future of the Internet", ImmutableArray<string>.Empty, "dfi.txt")],
            };

            var model = Model("Remarks (2022-4-29)\n\nTrade is down.\n", Path.Combine(directory.FullName, "remarks.txt"), options);

            Assert.Equal("We affirm an open Internet.", model.GetCitedText(model.CitedDocuments[0]));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
