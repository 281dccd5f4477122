using Linter.Analysis;
using Linter.Cli.Baseline;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Cli.Tests.Baseline;

public sealed class BaselineFingerprintTests
{
    private const string Document = "Statement by Minister (2022-4-29)\n\nThe Report says that trade is up. However, trade is down.\n\nPrint\n";

    [Fact]
    public void IgnoresLineShiftsAndWhitespaceChanges()
    {
        var before = Fingerprints(Document);
        var after = Fingerprints(Document.Replace("\n\nPrint\n", "\n\n\n\nNew text.\n\n  Print   \n", StringComparison.Ordinal));

        Assert.Equal(before, after);
    }

    [Fact]
    public void NumbersEqualFindingsByOccurrence()
    {
        var fingerprints = Fingerprints(Document + "\nPrint\n");

        Assert.Equal(2, fingerprints.Length);
        Assert.EndsWith(":0", fingerprints[0], StringComparison.Ordinal);
        Assert.EndsWith(":1", fingerprints[1], StringComparison.Ordinal);
        Assert.Equal(fingerprints[0][..^2], fingerprints[1][..^2]);
    }

    private static string[] Fingerprints(string text)
    {
        var tree = SyntaxTree.Parse(text, "doc.txt");
        // Only the boilerplate finding: the added spaces are findings of their own, which are not what is compared.
        var diagnostics = new AnalysisEngine(BuiltInRules.All).Analyze(tree, AnalysisOptions.Default).Where(d => d.Id == "SL4002").ToArray();
        return BaselineFingerprint.Compute(tree.Text, diagnostics);
    }
}
