using Linter.Analysis.Configuration;
using Linter.Syntax;

namespace Linter.Analysis.Tests.Configuration;

public sealed class ConfigurationDiscoveryTests
{
    private static ConfigurationResolver Resolver(string? explicitPath = null) => new(TestCatalog.Instance, explicitPath);

    private static RuleConfiguration? Rule(EffectiveConfiguration configuration, string id) => configuration.Analysis.GetRule(id);

    [Fact]
    public void UsesDefaultsWhenNoConfigurationExists()
    {
        using var directory = new ConfigDirectory();

        var configuration = Resolver().Resolve(directory.PathOf("doc.txt"));

        Assert.Empty(configuration.Analysis.Rules);
        Assert.Same(Vocabulary.Default, configuration.Parse.Vocabulary);
    }

    [Fact]
    public void NearestConfigurationWinsAndFartherOnesFillTheRest()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "rules:\n  SL4002: error\n  SL1001: warning\n");
        directory.Write("briefings/.stmtlint.yaml", "rules:\n  SL4002: info\n");
        var resolver = Resolver();

        var top = resolver.Resolve(directory.PathOf("doc.txt"));
        var nested = resolver.Resolve(directory.PathOf("briefings/2024/doc.txt"));

        Assert.Equal(Severity.Error, Rule(top, "SL4002")?.Severity);
        Assert.Equal(Severity.Info, Rule(nested, "SL4002")?.Severity);
        Assert.Equal(Severity.Warning, Rule(nested, "SL1001")?.Severity);
        Assert.Empty(resolver.Errors);
    }

    [Fact]
    public void RootTrueStopsTheWalkUpwards()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "rules:\n  SL1001: warning\n");
        directory.Write("archive/.stmtlint.yml", "root: true\nrules:\n  SL4002: off\n");

        var configuration = Resolver().Resolve(directory.PathOf("archive/doc.txt"));

        Assert.Null(Rule(configuration, "SL1001"));
        Assert.Equal(false, Rule(configuration, "SL4002")?.Enabled);
        Assert.Equal<string>([directory.PathOf("archive/.stmtlint.yml")], configuration.Sources);
    }

    [Fact]
    public void AnExplicitConfigurationReplacesDiscovery()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "rules:\n  SL1001: warning\n");
        var explicitPath = directory.Write("ci/strict.yaml", "rules:\n  SL4002: error\n");

        var configuration = Resolver(explicitPath).Resolve(directory.PathOf("doc.txt"));

        Assert.Null(Rule(configuration, "SL1001"));
        Assert.Equal(Severity.Error, Rule(configuration, "SL4002")?.Severity);
    }

    [Fact]
    public void AcceptsRuleNamesAndSwitchesWords()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "rules:\n  claim-without-rebuttal: hidden\n  required-metadata: on\n  page-boilerplate: false\n");

        var configuration = Resolver().Resolve(directory.PathOf("doc.txt"));

        Assert.Equal(new RuleConfiguration(true, Severity.Hidden, RuleOptions.Empty), Rule(configuration, "SL1001"));
        Assert.Equal(new RuleConfiguration(true, null, RuleOptions.Empty), Rule(configuration, "SL2007"));
        Assert.Equal(false, Rule(configuration, "SL4002")?.Enabled);
    }

    [Fact]
    public void TypedOptionsReachTheRule()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "rules:\n  SL1001:\n    severity: warning\n    window: 3\n    strict: true\n    style: US\n    markers: [Still, Even so]\n    label: Q\n");

        var options = Rule(Resolver().Resolve(directory.PathOf("doc.txt")), "SL1001")!.Options;

        Assert.Equal(3, options.GetInt("window", 1));
        Assert.True(options.GetBool("strict", false));
        Assert.Equal("us", options.GetString("style", "iso"));
        Assert.Equal(["Still", "Even so"], options.GetStrings("markers", []));
        Assert.Equal("Q", options.GetString("label", ""));
    }

    [Fact]
    public void NearerOptionsReplaceOnlyTheOptionsTheySet()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "rules:\n  SL1001: { severity: warning, window: 3, strict: true }\n");
        directory.Write("sub/.stmtlint.yaml", "rules:\n  SL1001: { window: 5 }\n");

        var rule = Rule(Resolver().Resolve(directory.PathOf("sub/doc.txt")), "SL1001")!;

        Assert.Equal(Severity.Warning, rule.Severity);
        Assert.Equal(5, rule.Options.GetInt("window", 1));
        Assert.True(rule.Options.GetBool("strict", false));
    }

    [Fact]
    public void OverridesApplyInOrderToMatchingFilesOnly()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", """
            rules:
              SL1001: error
            overrides:
              - files: "drafts/**"
                rules: { SL1001: warning }
              - files: ["drafts/final-*.md"]
                rules: { SL1001: error, SL4002: off }
            """);
        var resolver = Resolver();

        Assert.Equal(Severity.Error, Rule(resolver.Resolve(directory.PathOf("published/doc.md")), "SL1001")?.Severity);
        Assert.Equal(Severity.Warning, Rule(resolver.Resolve(directory.PathOf("drafts/notes/doc.md")), "SL1001")?.Severity);
        var final = resolver.Resolve(directory.PathOf("drafts/final-1.md"));
        Assert.Equal(Severity.Error, Rule(final, "SL1001")?.Severity);
        Assert.Equal(false, Rule(final, "SL4002")?.Enabled);
        Assert.Empty(resolver.Errors);
    }

    [Fact]
    public void ExtendsChainsAreAppliedBeneathTheExtendingFile()
    {
        using var directory = new ConfigDirectory();
        directory.Write("shared/base.yaml", "rules:\n  SL1001: info\n  SL4002: info\n");
        directory.Write("shared/team.yaml", "extends: base.yaml\nrules:\n  SL4002: warning\n");
        directory.Write(".stmtlint.yaml", "extends: shared/team.yaml\nrules:\n  SL1001: error\n");
        var resolver = Resolver();

        var configuration = resolver.Resolve(directory.PathOf("doc.txt"));

        Assert.Equal(Severity.Error, Rule(configuration, "SL1001")?.Severity);
        Assert.Equal(Severity.Warning, Rule(configuration, "SL4002")?.Severity);
        Assert.Equal<string>([directory.PathOf("shared/base.yaml"), directory.PathOf("shared/team.yaml"), directory.PathOf(".stmtlint.yaml")], configuration.Sources);
        Assert.Empty(resolver.Errors);
    }

    [Fact]
    public void ExtendsAllSwitchesOnRulesThatAreOffByDefault()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "extends: all\nrules:\n  SL4002: off\n");

        var configuration = Resolver().Resolve(directory.PathOf("doc.txt"));

        Assert.Equal(true, Rule(configuration, "SL2007")?.Enabled);
        Assert.Equal(false, Rule(configuration, "SL4002")?.Enabled);
    }

    [Fact]
    public void ExtendsRecommendedChangesNothing()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "extends: recommended\n");

        var resolver = Resolver();
        Assert.Empty(resolver.Resolve(directory.PathOf("doc.txt")).Analysis.Rules);
        Assert.Empty(resolver.Errors);
    }

    [Fact]
    public void IncludeAndExcludeAreRelativeToTheConfigurationFolder()
    {
        using var directory = new ConfigDirectory();
        directory.Write("site/.stmtlint.yaml", "include: ['**/*.md']\nexclude:\n  - archive/**\n  - '**/draft-*.md'\n");

        var configuration = Resolver().Resolve(directory.PathOf("site/doc.md"));

        Assert.True(configuration.IsIncluded(directory.PathOf("site/doc.md")));
        Assert.True(configuration.IsIncluded(directory.PathOf("site/2024/05/doc.md")));
        Assert.False(configuration.IsIncluded(directory.PathOf("site/doc.txt")));
        Assert.False(configuration.IsIncluded(directory.PathOf("site/archive/2019/doc.md")));
        Assert.True(configuration.IsExcluded(directory.PathOf("site/2024/draft-1.md")));
        Assert.False(configuration.IsExcluded(directory.PathOf("site/doc.txt")));
    }

    [Fact]
    public void CitedDocumentsAndCustomRulesAreKept()
    {
        using var directory = new ConfigDirectory();
        var text = directory.Write("texts/declaration.txt", "We, the partners …");
        directory.Write(".stmtlint.yaml", """
            cited:
              - name: Declaration for the Future of the Internet
                aliases: [the Declaration]
                path: texts/declaration.txt
            custom-rules: ["house-rules/*.yaml", "house-rules/*.cs"]
            """);
        var resolver = Resolver();

        var configuration = resolver.Resolve(directory.PathOf("doc.txt"));

        var cited = Assert.Single(configuration.Analysis.CitedDocuments);
        Assert.Equal(("Declaration for the Future of the Internet", "the Declaration", text), (cited.Name, Assert.Single(cited.Aliases), cited.TextPath));
        Assert.Equal<ConfigGlob>([new ConfigGlob("house-rules/*.yaml", directory.Root) { Boundary = directory.Root }, new ConfigGlob("house-rules/*.cs", directory.Root) { Boundary = directory.Root }], configuration.CustomRules);
        Assert.Empty(resolver.Errors);
    }

    [Fact]
    public void DocumentsOfOneFolderShareOneConfiguration()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "rules:\n  SL1001: warning\n");
        var resolver = Resolver();

        Assert.Same(resolver.Resolve(directory.PathOf("a.txt")), resolver.Resolve(directory.PathOf("b.txt")));
    }

    [Fact]
    public void EditorConfigSeverityWinsOverTheYamlConfiguration()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "rules:\n  SL1001: { severity: error, window: 2 }\n  SL4002: warning\n");
        directory.Write(".editorconfig", """
            root = true

            [*]
            stmtlint_diagnostic.SL1001.severity = suggestion

            [*.md]
            stmtlint_diagnostic.page-boilerplate.severity = none
            stmtlint_diagnostic.SL2007.severity = silent

            [archive/**.txt]
            stmtlint_diagnostic.SL1001.severity = warning
            """);
        var resolver = Resolver();

        var markdown = resolver.Resolve(directory.PathOf("notes/doc.md"));
        var archived = resolver.Resolve(directory.PathOf("archive/2019/doc.txt"));

        Assert.Equal(new RuleConfiguration(true, Severity.Info, markdown.Analysis.GetRule("SL1001")!.Options), Rule(markdown, "SL1001"));
        Assert.Equal(2, Rule(markdown, "SL1001")!.Options.GetInt("window", 1));
        Assert.Equal(false, Rule(markdown, "SL4002")?.Enabled);
        Assert.Equal((true, Severity.Hidden), (Rule(markdown, "SL2007")?.Enabled, Rule(markdown, "SL2007")?.Severity));
        Assert.Equal(Severity.Warning, Rule(archived, "SL1001")?.Severity);
        Assert.Equal(Severity.Warning, Rule(archived, "SL4002")?.Severity);
        Assert.Empty(resolver.Errors);
    }

    [Fact]
    public void NearerEditorConfigWinsAndRootStopsTheWalk()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".editorconfig", "[*]\nstmtlint_diagnostic.SL1001.severity = warning\nstmtlint_diagnostic.SL4002.severity = error\n");
        directory.Write("a/.editorconfig", "[*]\nstmtlint_diagnostic.SL1001.severity = silent\n");
        directory.Write("b/.editorconfig", "root = true\n[*]\nstmtlint_diagnostic.SL1001.severity = error\n");
        var resolver = Resolver();

        var a = resolver.Resolve(directory.PathOf("a/doc.txt"));
        var b = resolver.Resolve(directory.PathOf("b/doc.txt"));

        Assert.Equal((Severity.Hidden, Severity.Error), (Rule(a, "SL1001")?.Severity, Rule(a, "SL4002")?.Severity));
        Assert.Equal(Severity.Error, Rule(b, "SL1001")?.Severity);
        Assert.Null(Rule(b, "SL4002"));
    }

    [Theory]
    [InlineData("*.md", "doc.md", true)]
    [InlineData("*.md", "a/b/doc.md", true)]
    [InlineData("/*.md", "a/doc.md", false)]
    [InlineData("docs/*.md", "docs/doc.md", true)]
    [InlineData("docs/*.md", "docs/a/doc.md", false)]
    [InlineData("docs/**/*.md", "docs/doc.md", true)]
    [InlineData("docs/**/*.md", "docs/a/b/doc.md", true)]
    [InlineData("*.{md,txt}", "doc.txt", true)]
    [InlineData("*.{md,txt}", "doc.json", false)]
    [InlineData("doc[0-9].md", "doc7.md", true)]
    [InlineData("doc[!0-9].md", "doc7.md", false)]
    [InlineData("part{1..3}.md", "part2.md", true)]
    [InlineData("part{1..3}.md", "part4.md", false)]
    [InlineData("doc?.md", "doc1.md", true)]
    public void EditorConfigGlobsFollowTheSpecification(string glob, string path, bool matches)
    {
        Assert.Equal(matches, EditorConfigFile.ToRegex(glob).IsMatch(path));
    }

    [Fact]
    public void VocabularyAdditionsReachTheParser()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "vocabulary:\n  document-type-nouns:\n    add: [Proclamation]\n");
        const string Text = "Remarks (2024-05-01)\n\nThe Proclamation says that the sea is ours. However, it is not.\n";

        var configuration = Resolver().Resolve(directory.PathOf("doc.txt"));

        // Without the noun "The Proclamation" is a claim's source like any name; with it, the source is a cited document.
        Assert.DoesNotContain(SyntaxTree.Parse(Text, "doc.txt").Root.DescendantNodes(), n => n.Kind == SyntaxKind.Citation);
        var claim = Assert.Single(SyntaxTree.Parse(Text, "doc.txt", configuration.Parse).Root.DescendantNodes().OfType<ClaimSyntax>());
        Assert.Equal("The Proclamation", claim.Citation?.ToString());
    }

    [Fact]
    public void VocabularyListsCanBeReplacedAndTrimmed()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".stmtlint.yaml", "vocabulary:\n  contrast-markers: [Au contraire]\n  boilerplate-lines:\n    remove: [print]\n    add: [Imprimer]\n");
        directory.Write("fr/.stmtlint.yaml", "vocabulary:\n  contrast-markers:\n    add: [Cependant]\n");

        var vocabulary = Resolver().Resolve(directory.PathOf("fr/doc.txt")).Parse.Vocabulary;

        Assert.Equal(["Au contraire", "Cependant"], vocabulary.ContrastMarkers.Phrases);
        Assert.False(vocabulary.BoilerplateLines.ContainsWord("Print"));
        Assert.True(vocabulary.BoilerplateLines.ContainsWord("Imprimer"));
        Assert.True(vocabulary.BoilerplateLines.ContainsWord("Share"));
    }

    [Fact]
    public void TheEngineHonoursConfiguredSeveritiesOfSyntaxDiagnostics()
    {
        var engine = new AnalysisEngine([]);
        var tree = SyntaxTree.Parse([0x54, 0xFF, 0x0A], "doc.txt");
        var options = new AnalysisOptions { Rules = AnalysisOptions.Default.Rules.Add("SL0002", new RuleConfiguration(true, Severity.Info, RuleOptions.Empty)) };
        var off = new AnalysisOptions { Rules = AnalysisOptions.Default.Rules.Add("SL0002", new RuleConfiguration(false, null, RuleOptions.Empty)) };

        Assert.Equal(Severity.Info, Assert.Single(engine.Analyze(tree, options)).Severity);
        Assert.Empty(engine.Analyze(tree, off));
    }
}
