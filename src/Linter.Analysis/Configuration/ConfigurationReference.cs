namespace Linter.Analysis.Configuration;

/// <summary>The names configuration accepts, for tools that document or generate it (<c>stmtlint init</c>).</summary>
public static class ConfigurationReference
{
    /// <summary>The top-level keys of <c>.stmtlint.yaml</c>.</summary>
    public static IReadOnlyList<string> TopLevelKeys => ConfigFileParser.TopLevelKeys;

    /// <summary>The kebab-case names of the vocabulary lists under <c>vocabulary:</c>, sorted.</summary>
    public static IReadOnlyList<string> VocabularyLists => Configuration.VocabularyLists.Names;
}
