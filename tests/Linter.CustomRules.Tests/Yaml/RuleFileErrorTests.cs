using Linter.Analysis;
using Linter.Analysis.Testing;
using Linter.Syntax;

namespace Linter.CustomRules.Tests.Yaml;

public sealed class RuleFileErrorTests
{
    [Fact]
    public void InvalidYamlIsReportedAtItsPosition()
    {
        var error = Assert.Single(YamlRules.Errors("rules:\n  - id: [HOUSE001\n    name: x\n"));

        Assert.Matches(@"^\d+:\d+: invalid YAML: ", error);
    }

    [Fact]
    public void EveryMistakeOfARuleIsReportedAtItsLineAndColumn()
    {
        var errors = YamlRules.Errors("""
            rules:
              - id: house1
                name: Bad_Name
                message: "use {replacment}"
                kind: substitution
                severity: warn
                swap:
                  a: b
              - id: HOUSE002
                name: bad-regex
                message: x
                kind: existence
                patterns: ['(a+']
                scopes: [Sentence]
              - id: HOUSE003
                name: bad-kind
                message: x
                kind: existance
              - id: HOUSE004
                name: no-message
                kind: existence
                tokens: [x]
                scope: [Sentense]
            """);

        Assert.Equal(
            [
                "2:9: invalid rule ID 'house1'",
                "3:11: invalid rule name 'Bad_Name'",
                "4:14: unknown placeholder '{replacment}' in 'message'",
                "6:15: unknown severity 'warn'",
                "13:16: invalid regular expression '(a+': Invalid pattern '(a+' at offset 3. Not enough )'s.",
                "14:5: unknown key 'scopes' in a rule",
                "18:11: unknown kind 'existance'",
                "19:5: missing 'message': the text of the diagnostic, with placeholders such as '{match}'",
                "23:13: unknown node kind 'Sentense'",
            ],
            errors);
    }

    [Fact]
    public void KindFieldsAreChecked()
    {
        Assert.Equal(["1:1: missing 'swap': a mapping of wrong: right"], YamlRules.Errors("id: HOUSE001\nname: a\nmessage: m\nkind: substitution\n"));
        Assert.Equal(["1:1: an occurrence rule needs 'min', 'max' or both"], YamlRules.Errors("id: HOUSE001\nname: a\nmessage: m\nkind: occurrence\ntokens: [x]\n"));
        Assert.Equal(["1:1: nothing to look for: give 'tokens' (words or phrases) or 'patterns' (regular expressions)"], YamlRules.Errors("id: HOUSE001\nname: a\nmessage: m\nkind: existence\n"));
        Assert.Equal(["5:1: a metadata rule has no 'scope'"], YamlRules.Errors("id: HOUSE001\nname: a\nmessage: m\nkind: metadata\nscope: Title\nkeys: { date: { type: dat } }\n").Take(1));
    }

    [Fact]
    public void IdsMayNotClashWithBuiltInRulesOrEachOther()
    {
        var set = YamlRules.LoadSet(
            "id: SL1001\nname: mine\nmessage: m\nkind: existence\ntokens: [x]\n",
            "id: HOUSE001\nname: trailing-whitespace\nmessage: m\nkind: existence\ntokens: [x]\n",
            "rules:\n  - id: HOUSE002\n    name: a\n    message: m\n    kind: existence\n    tokens: [x]\n  - id: HOUSE002\n    name: b\n    message: m\n    kind: existence\n    tokens: [y]\n");

        Assert.Equal(
            [
                "1:5: rule ID 'SL1001' is reserved for built-in rules",
                "2:7: rule name 'trailing-whitespace' is taken by the built-in rule SL4004",
                "2:9: rule ID 'HOUSE002' is already taken by rules2.yaml(2,9)",
            ],
            set.Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}"));
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("60001")]
    public void ATimeoutPastAMinuteIsAnErrorAtItsValue(string timeout)
    {
        // A timeout the regex engine refuses passed validation and then crashed the run.
        Assert.Equal(
            [$"6:13: 'timeout-ms' must be a whole number from 1 to 60000, not '{timeout}'"],
            YamlRules.Errors($"id: HOUSE062\nname: slow\nmessage: m\nkind: existence\ntokens: [x]\ntimeout-ms: {timeout}\n"));
    }

    [Fact]
    public void ATimeoutOfAMinuteIsAccepted()
    {
        Assert.Empty(YamlRules.Errors("id: HOUSE063\nname: slow\nmessage: m\nkind: existence\ntokens: [x]\ntimeout-ms: 60000\n"));
    }

    [Fact]
    public void ACatastrophicPatternEndsInItsTimeoutAsSL9002AndTheOtherRulesKeepTheirResults()
    {
        var rules = YamlRules.Load("""
            rules:
              - id: HOUSE060
                name: runaway
                message: "bad: {match}"
                kind: existence
                whole-word: false
                timeout-ms: 200
                patterns: ['(a+)+$']
              - id: HOUSE061
                name: no-very
                message: "avoid '{match}'"
                kind: existence
                tokens: [very]
            """);
        var text = "# A very long line\n\n" + new string('a', 50_000) + "!\n";
        var engine = new AnalysisEngine(rules);

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = engine.Analyze(SyntaxTree.Parse(text, "runaway.md"));
        stopwatch.Stop();

        var timeout = Assert.Single(diagnostics, d => d.Id == "SL9002");
        Assert.Contains("rule runaway (HOUSE060) gave up on 'runaway.md': its pattern '", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("did not finish within 200 ms", timeout.Message, StringComparison.Ordinal);
        Assert.Single(diagnostics, d => d.Id == "HOUSE061");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"took {stopwatch.Elapsed}");
    }
}
