using Linter.Analysis.Configuration;
using Linter.Rules;

namespace Linter.Cli.Tests.Caching;

public sealed class ConfigurationFingerprintTests
{
    [Fact]
    public void TheSameConfigurationResolvedTwiceHasTheSameFingerprint()
    {
        using var temp = new TempDirectory();
        temp.Write(".stmtlint.yaml", "rules:\n  SL4002: error\n  SL3006: off\n");
        var document = temp.Write("doc.txt", "Trade is up.\n");

        var first = Resolve(document).Fingerprint;
        var second = Resolve(document).Fingerprint;

        Assert.Equal(first, second);
        Assert.Matches("^[0-9A-F]{64}$", first);
    }

    [Fact]
    public void ASeverityOrVocabularyChangeChangesTheFingerprint()
    {
        using var temp = new TempDirectory();
        temp.Write("a/.stmtlint.yaml", "rules:\n  SL4002: error\n");
        temp.Write("b/.stmtlint.yaml", "rules:\n  SL4002: warning\n");
        var a = temp.Write("a/doc.txt", "Trade is up.\n");
        var b = temp.Write("b/doc.txt", "Trade is up.\n");
        var none = temp.Write("c/doc.txt", "Trade is up.\n");

        string[] fingerprints = [Resolve(a).Fingerprint, Resolve(b).Fingerprint, EffectiveConfiguration.Default.Fingerprint];

        Assert.Equal(3, fingerprints.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEqual(Resolve(a).Fingerprint, Resolve(none).Fingerprint);
    }

    private static EffectiveConfiguration Resolve(string document)
    {
        var resolver = new ConfigurationResolver(RuleCatalog.FromRules(BuiltInRules.All), null);
        var configuration = resolver.Resolve(document);
        Assert.Empty(resolver.Errors);
        return configuration;
    }
}
