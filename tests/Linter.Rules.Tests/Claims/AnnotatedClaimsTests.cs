using System.Globalization;
using System.Text;
using Linter.Analysis;
using Linter.Syntax;
using Xunit.Abstractions;

namespace Linter.Rules.Tests.Claims;

/// <summary>
/// Measures claim recognition on the hand-annotated English documents (<c>tests/annotations/claims-en.tsv</c>):
/// precision and recall of <c>ClaimSource</c>, and SL1001's findings against the claims annotated as unanswered.
/// The figures are printed (run with <c>--logger "console;verbosity=detailed"</c>) and held above floors set
/// just below what was measured, so that recognition cannot get worse unnoticed.
/// </summary>
[Trait("Category", "Slow")]
public sealed class AnnotatedClaimsTests(ITestOutputHelper output)
{
    [Fact]
    public void ClaimSourcesMatchTheHandAnnotatedOnes()
    {
        var annotations = AnnotatedClaims.Read("claims-en.tsv");
        var engine = new AnalysisEngine(BuiltInRules.All);
        var report = new StringBuilder();
        int found = 0, foundRight = 0, annotated = 0, annotatedFound = 0, findings = 0, findingsRight = 0;
        var misses = new StringBuilder();
        foreach (var document in annotations.GroupBy(a => a.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(RepositoryPaths.Corpus, document.Key);
            var tree = SyntaxTree.Parse(File.ReadAllBytes(path), path);
            var lines = tree.Text.Lines;
            var gold = document.Where(a => a.Line > 0).ToList();
            var sources = AnnotatedClaims.FoundSources(tree);
            string LineText(int line) => lines[line - 1].ToString();

            found += sources.Count;
            foreach (var source in sources)
            {
                if (gold.Any(a => AnnotatedClaims.Matches(a, source, LineText(a.Line))))
                {
                    foundRight++;
                }
                else
                {
                    misses.Append(CultureInfo.InvariantCulture, $"  extra  {document.Key}:{source.Line} '{source.Text}'\n");
                }
            }

            annotated += gold.Count;
            foreach (var claim in gold)
            {
                if (sources.Any(s => AnnotatedClaims.Matches(claim, s, LineText(claim.Line))))
                {
                    annotatedFound++;
                }
                else
                {
                    misses.Append(CultureInfo.InvariantCulture, $"  missed {document.Key}:{claim.Line} '{claim.Source}' {claim.Cue}\n");
                }
            }

            foreach (var diagnostic in engine.Analyze(tree).Where(d => d.Id == RuleIds.ClaimWithoutRebuttal))
            {
                findings++;
                var line = diagnostic.Location.LineSpan.Start.Line + 1;
                var right = gold.Any(a => a.Line == line && a.Side == "other" && a.Answered == "no");
                findingsRight += right ? 1 : 0;
                report.Append(CultureInfo.InvariantCulture, $"  SL1001 {(right ? "right" : "wrong")} {document.Key}:{line}\n");
            }
        }

        var precision = found == 0 ? 0 : (double)foundRight / found;
        var recall = annotated == 0 ? 0 : (double)annotatedFound / annotated;
        var unanswered = annotations.Count(a => a.Side == "other" && a.Answered == "no");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ClaimSource on {annotations.Select(a => a.Path).Distinct().Count()} annotated documents: precision {precision:P1} ({foundRight}/{found}), recall {recall:P1} ({annotatedFound}/{annotated})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SL1001: {findings} findings, {findingsRight} on a claim annotated as another side's and unanswered ({unanswered} such claims annotated)"));
        output.WriteLine(report.ToString());
        output.WriteLine(misses.ToString());

        Assert.True(precision >= PrecisionFloor, string.Create(CultureInfo.InvariantCulture, $"ClaimSource precision {precision:P1} is below the floor of {PrecisionFloor:P0}."));
        Assert.True(recall >= RecallFloor, string.Create(CultureInfo.InvariantCulture, $"ClaimSource recall {recall:P1} is below the floor of {RecallFloor:P0}."));
    }

    private const double PrecisionFloor = 0.91;
    private const double RecallFloor = 0.71;
}
