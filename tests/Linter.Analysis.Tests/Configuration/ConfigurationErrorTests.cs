using Linter.Analysis.Configuration;

namespace Linter.Analysis.Tests.Configuration;

public sealed class ConfigurationErrorTests
{
    private const string Yaml = ".stmtlint.yaml";

    private static (ConfigDirectory Directory, ConfigurationError[] Errors) Load(string yaml, params (string Path, string Content)[] others)
    {
        var directory = new ConfigDirectory();
        directory.Write(Yaml, yaml);
        foreach (var (path, content) in others)
        {
            directory.Write(path, content);
        }

        var resolver = new ConfigurationResolver(TestCatalog.Instance);
        resolver.Resolve(directory.PathOf("doc.txt"));
        return (directory, [.. resolver.Errors]);
    }

    private static ConfigurationError Single(string yaml, params (string Path, string Content)[] others)
    {
        var (directory, errors) = Load(yaml, others);
        using (directory)
        {
            return Assert.Single(errors);
        }
    }

    private static void AssertError(ConfigurationError error, int line, int column, string message, string? hint)
    {
        Assert.Equal(message, error.Message);
        Assert.Equal(hint, error.Hint);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void ReportsYamlSyntaxErrorsWithTheirPosition()
    {
        var error = Single("rules:\n  SL1001: error\n   SL4002: off\n");

        AssertError(error, 3, 10, "invalid YAML: While scanning a plain scalar value, found invalid mapping.", null);
        Assert.EndsWith(Yaml, error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsADuplicateKey()
    {
        var error = Single("rules:\n  SL1001: error\n  SL1001: off\n");

        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAnUnknownTopLevelKeyWithTheClosestKey()
    {
        AssertError(Single("root: true\nrulez:\n  SL1001: error\n"), 2, 1, "unknown key 'rulez'", "did you mean 'rules'?");
    }

    [Fact]
    public void ListsTheKeysWhenNoKeyIsClose()
    {
        AssertError(
            Single("colour: blue\n"),
            1,
            1,
            "unknown key 'colour'",
            "the keys are: root, extends, include, exclude, rules, overrides, vocabulary, cited, custom-rules, own-side, contested");
    }

    [Fact]
    public void ReportsAnUnknownRuleIdWithTheClosestId()
    {
        AssertError(Single("rules:\n  SL1010: error\n"), 2, 3, "unknown rule 'SL1010'", "did you mean 'SL1001' (claim-without-rebuttal)?");
    }

    [Fact]
    public void ReportsAnUnknownRuleNameWithTheClosestName()
    {
        AssertError(Single("rules:\n  page-boilerplat: off\n"), 2, 3, "unknown rule 'page-boilerplat'", "did you mean 'page-boilerplate' (SL4002)?");
    }

    [Fact]
    public void ReportsAnUnknownSeverityWord()
    {
        AssertError(Single("rules:\n  SL1001: warn\n"), 2, 11, "unknown severity 'warn' for SL1001", "did you mean 'warning'?");
    }

    [Fact]
    public void ReportsAnUnknownSeverityInsideARuleMapping()
    {
        AssertError(Single("rules:\n  SL1001:\n    severity: fatal\n"), 3, 15, "unknown severity 'fatal' for SL1001",
            "the severities are: error, warning, info, hidden, off, on, true, false");
    }

    [Fact]
    public void ReportsAnUnknownOptionWithTheClosestOption()
    {
        AssertError(Single("rules:\n  SL1001:\n    severity: error\n    windw: 2\n"), 4, 5, "rule SL1001 (claim-without-rebuttal) has no option 'windw'", "did you mean 'window'?");
    }

    [Fact]
    public void ReportsAnOptionOnARuleWithoutOptions()
    {
        AssertError(Single("rules:\n  page-boilerplate: { severity: info, lines: 3 }\n"), 2, 39, "rule SL4002 (page-boilerplate) has no option 'lines'",
            "it takes no options; only 'severity' can be set");
    }

    [Fact]
    public void ReportsTextWhereAWholeNumberIsExpected()
    {
        AssertError(Single("rules:\n  SL1001:\n    window: two\n"), 3, 13, "option 'window' of SL1001 expects a whole number, not 'two'", "the default is 1");
    }

    [Fact]
    public void ReportsAListWhereAFlagIsExpected()
    {
        AssertError(Single("rules:\n  SL1001:\n    strict: [yes]\n"), 3, 13, "option 'strict' of SL1001 expects true or false, not a list", "the default is false");
    }

    [Fact]
    public void ReportsAChoiceOutsideTheAllowedValues()
    {
        AssertError(Single("rules:\n  SL1001:\n    style: uss\n"), 3, 12, "option 'style' of SL1001 expects one of iso, us, not 'uss'", "did you mean 'us'?");
    }

    [Fact]
    public void ReportsTextWhereAListIsExpected()
    {
        AssertError(Single("rules:\n  SL1001:\n    markers: However\n"), 3, 14, "option 'markers' of SL1001 expects a list of text, not 'However'", "the default is []");
    }

    [Fact]
    public void ReportsABadGlob()
    {
        AssertError(Single("exclude:\n  - archive/**\n  - 'drafts/{a,b}/*.md'\n"), 3, 5, "invalid glob 'drafts/{a,b}/*.md' in 'exclude'",
            "braces and brackets are not supported: write one glob per alternative");
    }

    [Fact]
    public void ReportsAGlobWithDoubleStarInsideASegment()
    {
        AssertError(Single("overrides:\n  - files: 'docs/a**/x.md'\n    rules: { SL1001: off }\n"), 2, 12, "invalid glob 'docs/a**/x.md' in 'files'",
            "'**' must be a whole path segment, as in 'docs/**/*.md'");
    }

    [Fact]
    public void ReportsAMissingCitedPath()
    {
        AssertError(
            Single("cited:\n  - name: Declaration for the Future of the Internet\n    aliases: [the Declaration]\n    path: texts/declaration.txt\n"),
            4,
            11,
            "the cited document's text 'texts/declaration.txt' does not exist",
            "the path is relative to the folder of this configuration file");
    }

    [Fact]
    public void ReportsAnUnknownVocabularyList()
    {
        AssertError(Single("vocabulary:\n  reporting-verb: [says]\n"), 2, 3, "unknown vocabulary list 'reporting-verb'", "did you mean 'reporting-verbs'?");
    }

    [Fact]
    public void ReportsAnUnknownKeyInAVocabularyEdit()
    {
        AssertError(Single("vocabulary:\n  document-type-nouns:\n    append: [Proclamation]\n"), 3, 5, "unknown key 'append' in vocabulary list 'document-type-nouns'", "the keys are: add, remove");
    }

    [Fact]
    public void ReportsAMissingExtendsTarget()
    {
        AssertError(Single("extends: [recommended, base.yaml]\n"), 1, 24, "the extended configuration 'base.yaml' does not exist",
            "'extends' takes 'recommended', 'all' or a path relative to the folder of this configuration file");
    }

    [Fact]
    public void ReportsAnExtendsCycleWhereItCloses()
    {
        var (directory, errors) = Load("extends: shared/a.yaml\n", ("shared/a.yaml", "extends: b.yaml\n"), ("shared/b.yaml", "rules:\n  SL1001: info\nextends: a.yaml\n"));
        using (directory)
        {
            var error = Assert.Single(errors);
            Assert.Equal(directory.PathOf("shared/b.yaml"), error.Path);
            AssertError(error, 3, 10, "'extends' makes a cycle: a.yaml -> b.yaml -> a.yaml", "remove one of these 'extends' entries");
        }
    }

    [Fact]
    public void ReportsAnOverrideWithoutFiles()
    {
        AssertError(Single("overrides:\n  - rules:\n      SL1001: off\n"), 2, 5, "an override needs 'files': the globs of the files it applies to", null);
    }

    [Fact]
    public void CollectsEveryErrorOfAFileInOrder()
    {
        var (directory, errors) = Load("rulez: {}\nrules:\n  SL9999: error\n  SL1001: loud\nvocabulary:\n  verbs: [x]\ninclude: ['']\n");
        using (directory)
        {
            Assert.Equal(
                [(1, 1, "unknown key 'rulez'"), (3, 3, "unknown rule 'SL9999'"), (4, 11, "unknown severity 'loud' for SL1001"), (6, 3, "unknown vocabulary list 'verbs'"), (7, 11, "invalid glob '' in 'include'")],
                errors.Select(e => (e.Line, e.Column, e.Message)));
        }
    }

    [Fact]
    public void ReportsErrorsInAnEditorConfigWithTheirPosition()
    {
        using var directory = new ConfigDirectory();
        directory.Write(".editorconfig", "root = true\n\n[*.md]\nstmtlint_diagnostic.SL1001.severity = loud\nstmtlint_diagnostic.SL1011.severity = error\ndotnet_diagnostic.CA1000.severity = none\n");
        var resolver = new ConfigurationResolver(TestCatalog.Instance);

        resolver.Resolve(directory.PathOf("doc.md"));

        Assert.Equal(
            [(4, 39, "unknown severity 'loud' for SL1001", "the .editorconfig severities are: error, warning, suggestion, silent, none, default"),
             (5, 21, "unknown rule 'SL1011'", "did you mean 'SL1001' (claim-without-rebuttal)?")],
            resolver.Errors.Select(e => (e.Line, e.Column, e.Message, e.Hint)));
    }
}
