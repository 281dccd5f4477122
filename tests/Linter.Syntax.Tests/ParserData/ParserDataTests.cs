using System.Globalization;
using System.Text;
using Linter.Syntax.Dump;
using Linter.Syntax.Tests.Infrastructure;

namespace Linter.Syntax.Tests.ParserData;

/// <summary>
/// Parser tests as data, as rust-analyzer's test_data: each <c>&lt;case&gt;.txt</c> or <c>&lt;case&gt;.md</c> in this
/// folder sits beside <c>&lt;case&gt;.tree</c>, the approved dump of its tree (<c>stmtlint tree --trivia</c>, then the
/// syntax diagnostics). A parser change shows as a diff of trees to read and approve; README.md here says how.
/// </summary>
public sealed class ParserDataTests
{
    /// <summary>Set to 1 to write every differing or missing .tree instead of failing, after the diffs have been read.</summary>
    public const string UpdateVariable = "STMTLINT_UPDATE_TREES";

    private const string Folder = "tests/Linter.Syntax.Tests/ParserData";
    private const string TreeExtension = ".tree";
    private const string ReceivedSuffix = ".received";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void EveryCaseParsesToItsApprovedTree()
    {
        var folder = Path.Combine(RepositoryPaths.Root, Folder);
        var cases = Cases(folder);
        Assert.True(cases.Count > 0, $"No parser cases (*.txt, *.md) were found in '{folder}'.");

        var update = Environment.GetEnvironmentVariable(UpdateVariable) == "1";
        var failures = new StringBuilder();
        var failed = 0;
        var orphans = 0;
        foreach (var input in cases)
        {
            var name = Path.GetFileName(input);
            var treePath = Path.ChangeExtension(input, TreeExtension);
            var receivedPath = treePath + ReceivedSuffix;
            var tree = SyntaxTree.Parse(File.ReadAllBytes(input), name);
            var problems = TreeInvariants.Check(tree);
            if (problems.Count > 0)
            {
                failed++;
                failures.Append(CultureInfo.InvariantCulture, $"\n{name}: the tree breaks an invariant: {string.Join("; ", problems)}\n");
                continue;
            }

            var actual = Render(tree);
            var approved = File.Exists(treePath) ? File.ReadAllText(treePath, s_utf8) : null;
            if (string.Equals(approved, actual, StringComparison.Ordinal))
            {
                File.Delete(receivedPath);
                continue;
            }

            if (update)
            {
                File.WriteAllText(treePath, actual, s_utf8);
                File.Delete(receivedPath);
                continue;
            }

            failed++;
            File.WriteAllText(receivedPath, actual, s_utf8);
            var treeName = Path.GetFileName(treePath);
            failures.Append(CultureInfo.InvariantCulture, $"\n{name}: ")
                .Append(approved is null ? $"no {treeName} yet; the whole tree is new" : $"the tree differs from {treeName}")
                .Append(CultureInfo.InvariantCulture, $" (written to {treeName}{ReceivedSuffix})\n")
                .Append(LineDiff.Unified(approved ?? string.Empty, actual));
        }

        foreach (var orphan in Directory.EnumerateFiles(folder, "*" + TreeExtension).Order(StringComparer.Ordinal))
        {
            if (!cases.Any(c => Path.ChangeExtension(c, TreeExtension) == orphan))
            {
                orphans++;
                failures.Append(CultureInfo.InvariantCulture, $"\n{Path.GetFileName(orphan)}: no input beside it (a .txt or .md of the same name); delete it or restore its input\n");
            }
        }

        if (failed + orphans > 0)
        {
            Assert.Fail(
                $"{failed} of {cases.Count} parser cases in {Folder} differ from their approved trees" +
                (orphans > 0 ? $", and {orphans} .tree file(s) have no input.\n" : ".\n") +
                $"Read each diff; if the new tree is right, rename <case>.tree.received to <case>.tree " +
                $"(or run again with {UpdateVariable}=1 to write them all).\n" +
                failures);
        }
    }

    [Fact]
    public void RenderIsTheTreeCommandsDumpWithTriviaThenTheDiagnostics()
    {
        var tree = SyntaxTree.Parse([0x51, 0x3A, 0x20, 0xFF, 0x0A], "x.txt");

        var rendered = Render(tree);

        var dump = SyntaxTreeDumper.Dump(tree.Root, includeTrivia: true);
        Assert.StartsWith(dump, rendered, StringComparison.Ordinal);
        Assert.StartsWith("diagnostics:\n  SL0002 [3..4) 1:4 ", rendered[dump.Length..], StringComparison.Ordinal);
    }

    /// <summary>
    /// The approved form of a case: exactly what <c>stmtlint tree --trivia</c> prints, then, when the parser reported any,
    /// one line per syntax diagnostic (as rust-analyzer's .rast files end with their errors).
    /// </summary>
    private static string Render(SyntaxTree tree)
    {
        var builder = new StringBuilder(SyntaxTreeDumper.Dump(tree.Root, includeTrivia: true));
        if (tree.Diagnostics.Length > 0)
        {
            builder.Append("diagnostics:\n");
            foreach (var diagnostic in tree.Diagnostics)
            {
                var position = tree.Text.Lines.GetLinePosition(diagnostic.Span.Start);
                builder.Append(CultureInfo.InvariantCulture, $"  {diagnostic.Id} {diagnostic.Span} {position.Line + 1}:{position.Character + 1} {diagnostic.Message}\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>Every input in <paramref name="folder"/>, in ordinal order: the .txt and .md files but the folder's README.</summary>
    private static List<string> Cases(string folder)
    {
        var inputs = Directory.EnumerateFiles(folder)
            .Where(path => Path.GetExtension(path) is ".txt" or ".md" && !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var clash = inputs.GroupBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Assert.True(clash is null, $"Two inputs share the case name '{clash?.Key}' and so one .tree: rename one of them.");
        return inputs;
    }
}
