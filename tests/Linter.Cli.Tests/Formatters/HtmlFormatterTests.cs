using System.Text.Json;
using System.Text.RegularExpressions;
using Linter.Cli.Formatters;
using Linter.Cli.Tests.NativeBuild;

namespace Linter.Cli.Tests.Formatters;

/// <summary><c>--format html</c>: one page that holds everything, escapes what documents hold, and renders in a real browser.</summary>
public sealed partial class HtmlFormatterTests
{
    [Fact]
    public void MarksEachDiagnosticInTheTextAndListsItWithItsHelpAndFix()
    {
        using var temp = FixtureTree.Create();

        var html = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "html", "docs/wide.txt").Stdout;

        // SL4004's span is the trailing space: marked where it is, linked to its entry, the message on hover.
        Assert.Matches("<a class=\"mark info\" href=\"#d0-[0-9]+\" title=\"SL4004: trailing whitespace[^\"]*\"> </a>\n", html);
        Assert.Contains("<div class=\"help\">Fix (safe): ", html, StringComparison.Ordinal);
        Assert.Contains("<del>- \tCafe\u0301 in 北京 is open. </del><ins>+ \tCafe\u0301 in 北京 is open.</ins>", html, StringComparison.Ordinal);
        Assert.Contains("rule page</a>", html, StringComparison.Ordinal);
        Assert.Equal(Marks().Count(html), ListedDiagnostics().Count(html));
    }

    [Fact]
    public void ShowsEachDocumentsClaimsWithTheirSourcesAndAnswers()
    {
        using var temp = FixtureTree.Create();

        var html = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "html", "clean.txt").Stdout;

        Assert.Contains("<h3>Claims</h3>", html, StringComparison.Ordinal);
        Assert.Matches("<tr><td class=\"n\">3</td><td>The Report</td><td>says</td><td>trade is up</td><td></td><td>line 3: However, trade is down\\.</td></tr>", html);
    }

    [Fact]
    public void SummarisesFindingsPerRule()
    {
        using var temp = FixtureTree.Create();

        var html = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "html").Stdout;

        Assert.Contains("<tr><td>SL2001</td><td>missing-date</td>", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"summary\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapesMarkupControlsAndBidirectionalOverridesFromDocumentsAndPaths()
    {
        using var temp = new TempDirectory();
        temp.Write("x<img src=a onerror=alert(1)>\u001b[2J.txt", "Statement on <script>alert('x')</script> (2022-4-29)\n\nText \u001b]0;owned\u0007 and \u202Eevil\u202C here.  \n");

        var html = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--format", "html").Stdout;

        Assert.Single(ScriptElements().Matches(html));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("x&lt;img src=a onerror=alert(1)&gt;<span class=\"ctl\">\\u001B</span>[2J.txt", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ctl\">\\u202E</span>evil", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', html);
        Assert.DoesNotContain('\u0007', html);
        Assert.DoesNotContain('\u202E', html);
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void RendersEveryDiagnosticInHeadlessChromium()
    {
        var chromium = ExecutableOnPath.Find("chromium");
        Skip.If(chromium is null, "Chromium is not installed: apt-get install -y chromium; .ci/run installs it");
        using var temp = new TempDirectory();
        var corpus = RepositoryPaths.Corpus;
        foreach (var file in Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % 100 == 0))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)), overwrite: true);
        }

        var report = Path.Combine(temp.Path, "report.html");
        var json = FormatterRunner.Run(temp.Path, CliEnvironment.None, "check", "--no-cache", "--format", "json", "--format", "html", "--output", report, ".");
        var expected = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("diagnostics").GetArrayLength());

        var dom = Chromium(chromium!, temp.Path, "--dump-dom", new Uri(report).AbsoluteUri);

        Assert.True(expected > 0, "the sample of the corpus has no findings");
        Assert.Contains($"data-rendered=\"{expected}\"", dom, StringComparison.Ordinal);
        Assert.Equal(expected, ListedDiagnostics().Count(dom));
    }

    private static string Chromium(string chromium, string profile, params string[] args)
    {
        var run = PublishedBuild.RunProcess(chromium, profile, null, TimeSpan.FromMinutes(3),
            ["--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={Path.Combine(profile, "chromium")}", .. args]);

        Assert.True(run.ExitCode == 0, $"chromium exited with {run.ExitCode}: {run.Stderr}");
        return run.Stdout;
    }

    [GeneratedRegex("<a class=\"mark ")]
    private static partial Regex Marks();

    [GeneratedRegex("<li class=\"diagnostic ")]
    private static partial Regex ListedDiagnostics();

    [GeneratedRegex("<script")]
    private static partial Regex ScriptElements();
}
