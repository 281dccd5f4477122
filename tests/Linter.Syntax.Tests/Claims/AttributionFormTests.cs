namespace Linter.Syntax.Tests.Claims;

/// <summary>
/// Each form of reported speech the parser reads as Claim → ClaimSource, ClaimCue, ClaimContent, and the near-misses
/// it must leave alone. Each attribution prints as "source | cue | content".
/// </summary>
public sealed class AttributionFormTests
{
    [Theory]
    [InlineData("US Secretary of State Mike Pompeo said that China is a threat.", "US Secretary of State Mike Pompeo | said | China is a threat")]
    [InlineData("A recent UN report said that the region is at risk.", "A recent UN report | said | the region is at risk")]
    [InlineData("FireEye said those hackers work for the government.", "FireEye | said | those hackers work for the government")]
    [InlineData("Some US politicians have accused China of spreading the virus.", "Some US politicians | have accused | China of spreading the virus")]
    [InlineData("Papua New Guinea Prime Minister Marape said the project is welcome.", "Papua New Guinea Prime Minister Marape | said | the project is welcome")]
    [InlineData("The Human Rights Watch in New York claimed that the camps exist.", "The Human Rights Watch in New York | claimed | the camps exist")]
    [InlineData("The Japanese side has repeatedly claimed that the islands are theirs.", "The Japanese side | has repeatedly claimed | the islands are theirs")]
    [InlineData("He was quoted as saying that the plan works.", "He | was quoted as saying | the plan works")]
    [InlineData("The US State Department told reporters on Monday that talks failed.", "The US State Department | told reporters | talks failed")]
    [InlineData("The ministry said in a statement that the visit is off.", "The ministry | said | the visit is off")]
    [InlineData("President Macron said: \"France is willing to help.\"", "President Macron | said | \"France is willing to help.\"")]
    [InlineData("\"We will respond,\" said Ross.", "Ross | said | \"We will respond,\"")]
    [InlineData("\"We will respond,\" Ross said.", "Ross | said | \"We will respond,\"")]
    [InlineData("Ross, the Commerce Secretary, said the deal is done.", "Ross, the Commerce Secretary | said | the deal is done")]
    [InlineData("What's your comment on Pompeo's remarks that China lies?", "Pompeo | remarks | China lies")]
    [InlineData("Italy's Prime Minister Giuseppe Conte explicitly said that Italy will join.", "Italy's Prime Minister Giuseppe Conte | explicitly said | Italy will join")]
    [InlineData("The US called on China to release them.", "The US | called on | China to release them")]
    [InlineData("Reports say that the talks have failed.", "Reports | say | the talks have failed")]
    [InlineData("President Trump is accusing China of letting the US down.", "President Trump | is accusing | China of letting the US down")]
    [InlineData("Officials in the region said the talks failed.", "Officials in the region | said | the talks failed")]
    [InlineData("Kishore Mahbubani, a professor at the National University of Singapore, said that China acted fast.", "Kishore Mahbubani, a professor at the National University of Singapore | said | China acted fast")]
    [InlineData("President Trump at the G7 press conference yesterday said he believes China is sincere.", "President Trump | yesterday said | he believes China is sincere")]
    [InlineData("The State Department sanctioned four firms on Friday, accusing them of aiding the blockade.", "The State Department | accusing | them of aiding the blockade")]
    [InlineData("On Monday, Chancellor Scholz praised the talks, saying that trade will grow.", "Chancellor Scholz | saying | trade will grow")]
    [InlineData("Senator Warren met the envoy and claimed the deal was weak.", "Senator Warren | claimed | the deal was weak")]
    [InlineData("We have read the survey released by the Asia Society, which pointed out that exports fell.", "the Asia Society | pointed out | exports fell")]
    [InlineData("The consulate issued a statement saying that the visa rules will change.", "The consulate | saying | the visa rules will change")]
    [InlineData("Canberra's call for an inquiry is political manipulation.", "Canberra | call for | an inquiry is political manipulation")]
    [InlineData("The Dutch side's claim of interference is groundless.", "The Dutch side | claim of | interference is groundless")]
    [InlineData("The European Commission called on the members to act now.", "The European Commission | called on | the members to act now")]
    [InlineData("An Indonesian fisheries official said that the boats left.", "An Indonesian fisheries official | said | the boats left")]
    [InlineData("There was no such meeting as you mentioned.", "you | mentioned | ")]
    [InlineData("I have not seen the two letters that the Canadian side talked about.", "the Canadian side | talked about | ")]
    [InlineData("The Governor has long called on the legislature to act.", "The Governor | has long called on | the legislature to act")]
    [InlineData("The Treasury has been clear that the rates will rise.", "The Treasury | has been clear | the rates will rise")]
    [InlineData("A leading bank estimates that growth will slow.", "A leading bank | estimates | growth will slow")]
    public void ReadsTheForm(string sentence, string expected)
    {
        Assert.Equal([expected], Attributions(sentence));
    }

    [Fact]
    public void AQuestionerReportsWhatTheSpokespersonSaid()
    {
        Assert.Equal(["You | said | China will respond"], Attributions("Q: You said last week that China will respond. What do you mean?"));
    }

    [Fact]
    public void AClaimReportedInsideAnotherIsItsOwnAttribution()
    {
        Assert.Equal(
            ["French President Macron | said | Iranian President Rouhani said he is open to a meeting", "Iranian President Rouhani | said | he is open to a meeting"],
            Attributions("French President Macron said that Iranian President Rouhani said he is open to a meeting."));
    }

    [Fact]
    public void AClaimOfACitedDocumentKeepsItsCitationAsSource()
    {
        var tree = SyntaxTree.Parse("Remarks (2022-4-29)\n\nThe Declaration stresses that the Internet is open.\n");
        var claim = Assert.Single(tree.Root.DescendantNodes().OfType<ClaimSyntax>());
        Assert.Equal("The Declaration", claim.Citation?.ToString());
        Assert.Equal("stresses", claim.Cue?.ToString());
        Assert.Equal("the Internet is open", claim.Content?.ToString());
    }

    [Fact]
    public void AWrappedLineBreaksNoPart()
    {
        var tree = SyntaxTree.Parse(
            "---\ntitle: Briefing\ndate: 2022-04-05\n---\n\nQ    The Secretary of State\nsaid on Monday that the\nsanctions will hold.\n",
            "x.md");
        var source = Assert.Single(tree.Root.DescendantNodes().OfType<ClaimSourceSyntax>());
        Assert.Equal("The Secretary of State", source.ToString());
        Assert.Equal("the\nsanctions will hold", tree.Root.DescendantNodes().OfType<ClaimContentSyntax>().Single().ToString());
    }

    [Theory]
    [InlineData("According to the UN, the region is at risk.")]
    [InlineData("We believe that the region is at risk.")]
    [InlineData("Pompeo thinks the region is at risk.")]
    [InlineData("As I said, we oppose this.")]
    [InlineData("We have noted that the region is at risk.")]
    [InlineData("It is said that the war is over.")]
    [InlineData("It was reported on July 11 that the talks failed.")]
    [InlineData("The said agreement is void.")]
    [InlineData("What would you say to them?")]
    [InlineData("The United States has many allies.")]
    [InlineData("Pompeo visited Beijing in June.")]
    [InlineData("We welcome what he said.")]
    [InlineData("We will build a community with a shared future for mankind.")]
    [InlineData("The UN member states fulfill their duties.")]
    [InlineData("On Tuesday, Senator Young called on President Tharman.")]
    [InlineData("As they say in Texas, everything is bigger here.")]
    [InlineData("The ministry noted the latest reports.")]
    [InlineData("It’s estimated that the repairs cost millions.")]
    [InlineData("The Senate has been clear on many issues.")]
    [InlineData("You know, the steps that were announced and talked about matter.")]
    public void LeavesTheNearMissAlone(string sentence)
    {
        Assert.Empty(Attributions(sentence));
    }

    /// <summary>Every attribution of the text as "source | cue | content", grouping siblings as the semantic model does.</summary>
    private static List<string> Attributions(string sentence)
    {
        var tree = SyntaxTree.Parse("Remarks (2022-4-29)\n\n" + sentence + "\n");
        var result = new List<string>();
        foreach (var parent in tree.Root.DescendantNodes().Where(n => n.ChildNodes().Any(c => c.Kind == SyntaxKind.ClaimSource)))
        {
            var parts = new Dictionary<SyntaxKind, string>();
            foreach (var part in parent.ChildNodes().Where(c => c.Kind is SyntaxKind.ClaimSource or SyntaxKind.ClaimCue or SyntaxKind.ClaimContent))
            {
                if (parts.ContainsKey(part.Kind))
                {
                    result.Add(Format(parts));
                    parts.Clear();
                }

                parts[part.Kind] = part.ToString();
            }

            result.Add(Format(parts));
        }

        return result;
    }

    private static string Format(Dictionary<SyntaxKind, string> parts) =>
        $"{parts.GetValueOrDefault(SyntaxKind.ClaimSource)} | {parts.GetValueOrDefault(SyntaxKind.ClaimCue)} | {parts.GetValueOrDefault(SyntaxKind.ClaimContent)}";
}
