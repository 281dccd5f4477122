using System.Text.Json;
using CsCheck;
using Linter.Analysis;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Cli.Tests.Properties;

/// <summary>
/// The command over folders of generated documents: its output does not depend on <c>--jobs</c>, on the files' names or on
/// the order they are found in; <c>--fix</c> writes exactly what fixing to a fixpoint gives, changes nothing outside the fix
/// spans it reports, and a second <c>--fix</c> finds nothing to do.
/// </summary>
public sealed class CliPropertyTests
{
    private static readonly AnalysisEngine s_engine = new(BuiltInRules.All);

    private static readonly Gen<(string Text, bool Markdown)> s_document = Gen.Select(
        Gen.Frequency(
            (6, DocumentGenerators.StatementLike()),
            (2, DocumentGenerators.SpeakerLabels),
            (2, DocumentGenerators.UnbalancedQuotes),
            (2, DocumentGenerators.FrontMatter)),
        Gen.Bool);

    [Fact]
    public void OutputIsTheSameForAnyJobsFileNamesAndFileOrder() =>
        Gen.Select(s_document.Array[2, 6], Gen.Int[0, int.MaxValue]).Sample(pair =>
        {
            var (documents, seed) = pair;
            using var first = new TempDirectory();
            using var second = new TempDirectory();

            // The second folder holds the same documents under other names, so that they are found in another order.
            var order = Enumerable.Range(0, documents.Length).ToArray();
            new Random(seed).Shuffle(order);
            var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < documents.Length; i++)
            {
                var extension = documents[i].Markdown ? ".md" : ".txt";
                var name = $"doc{i}{extension}";
                var otherName = $"{(char)('a' + order[i])}-{order[i] * 7 % 10}{extension}";
                File.WriteAllText(Path.Combine(first.Path, name), documents[i].Text);
                File.WriteAllText(Path.Combine(second.Path, otherName), documents[i].Text);
                renamed[otherName] = name;
            }

            var sequential = CliRunner.Run(first.Path, "check", "--no-cache", "--format", "msbuild", "--jobs", "1", ".");
            var parallel = CliRunner.Run(first.Path, "check", "--no-cache", "--format", "msbuild", "--jobs", "4", ".");
            var shuffled = CliRunner.Run(second.Path, "check", "--no-cache", "--format", "msbuild", "--jobs", "3", ".");

            Assert.NotEqual(2, sequential.ExitCode);
            Assert.Equal(sequential.ExitCode, parallel.ExitCode);
            Assert.Equal(sequential.Stdout, parallel.Stdout);
            Assert.Equal(sequential.ExitCode, shuffled.ExitCode);
            Assert.Equal(ByFile(sequential.Stdout, name => name), ByFile(shuffled.Stdout, name => renamed[name]));
        }, iter: PropertyRuns.Iterations(40), print: Print);

    [Fact]
    public void FixWritesTheFixpointChangesOnlyReportedSpansAndIsIdempotent() =>
        s_document.Sample(document =>
        {
            using var temp = new TempDirectory();
            var name = document.Markdown ? "doc.md" : "doc.txt";
            var path = Path.Combine(temp.Path, name);
            File.WriteAllText(path, document.Text);
            var bytes = File.ReadAllBytes(path);

            // Decoded as the command decodes it: a leading U+FEFF written as EF BB BF reads back as a byte-order mark.
            var original = Decode(bytes, path);

            // What the command reports: every fix edit, safe or not, in offsets of the original text.
            var report = CliRunner.Run(temp.Path, "check", "--no-cache", "--format", "json", name);
            var reported = ReportedEdits(report.Stdout);

            // The same fixes, applied pass by pass as --fix does; each pass may change only the spans its fixes name.
            var tree = SyntaxTree.Parse(bytes, path);
            var expected = original;
            for (var pass = 0; pass < 10; pass++)
            {
                var fixes = s_engine.Analyze(tree).Select(d => d.Fix).OfType<Fix>().ToList();
                if (pass == 0)
                {
                    Assert.Equal(fixes.SelectMany(f => f.Changes).Select(c => (c.Span.Start, c.Span.End)).Order(), reported.Order());
                }

                var (next, applied) = FixApplier.Apply(tree.Text, fixes);
                if (applied == 0)
                {
                    break;
                }

                var outside = FixConfinement.FindChangeOutside(expected, next.ToString(), fixes.SelectMany(f => f.Changes).Select(c => (c.Span.Start, c.Span.End)));
                Assert.True(outside is null, $"pass {pass + 1}: {outside}");
                expected = next.ToString();
                tree = SyntaxTree.Parse(expected, path);
            }

            var fix = CliRunner.Run(temp.Path, "check", "--fix", "--unsafe-fixes", "--no-cache", name);
            var afterFix = File.ReadAllBytes(path);
            var again = CliRunner.Run(temp.Path, "check", "--fix", "--unsafe-fixes", "--no-cache", name);

            Assert.NotEqual(2, fix.ExitCode);
            Assert.Equal(expected, Decode(afterFix, path));
            if (string.Equals(expected, original, StringComparison.Ordinal))
            {
                Assert.Equal(bytes, afterFix);
            }

            Assert.NotEqual(2, again.ExitCode);
            Assert.Equal(afterFix, File.ReadAllBytes(path));
            Assert.Contains("stmtlint: fixed 0 problems in 0 files\n", again.Stderr, StringComparison.Ordinal);
        }, iter: PropertyRuns.Iterations(120), print: Print);

    private static string Decode(byte[] bytes, string path) => SyntaxTree.Parse(bytes, path).Text.ToString();

    /// <summary>The diagnostic lines of msbuild output by file name, each without its path.</summary>
    private static SortedDictionary<string, List<string>> ByFile(string stdout, Func<string, string> name)
    {
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var open = line.IndexOf('(', StringComparison.Ordinal);
            Assert.True(open > 0, $"not a diagnostic line: {line}");
            var file = name(line[..open]);
            if (!result.TryGetValue(file, out var lines))
            {
                result[file] = lines = [];
            }

            lines.Add(line[open..]);
        }

        return result;
    }

    private static List<(int Start, int End)> ReportedEdits(string json)
    {
        using var document = JsonDocument.Parse(json);
        var edits = new List<(int, int)>();
        foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
        {
            foreach (var diagnostic in file.GetProperty("diagnostics").EnumerateArray())
            {
                if (diagnostic.GetProperty("fix") is { ValueKind: JsonValueKind.Object } fix)
                {
                    foreach (var edit in fix.GetProperty("edits").EnumerateArray())
                    {
                        var span = edit.GetProperty("span");
                        edits.Add((span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32()));
                    }
                }
            }
        }

        return edits;
    }

    private static string Print((string Text, bool Markdown) document) => (document.Markdown ? "md " : "txt ") + PrintedText.Escape(document.Text);

    private static string Print(((string Text, bool Markdown)[] Documents, int Seed) pair) =>
        $"seed {pair.Seed}: " + string.Join(", ", pair.Documents.Select(Print));
}
