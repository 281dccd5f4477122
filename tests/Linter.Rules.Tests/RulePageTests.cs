using System.Reflection;
using System.Text.RegularExpressions;
using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules.Tests;

/// <summary>
/// A rule's page says what its descriptor says, and its examples are tests, as ESLint's check-rule-examples makes
/// them: the first block under <c>## Example</c> makes the rule report, the first under <c>## Use instead</c> does not.
/// </summary>
public sealed partial class RulePageTests
{
    private static readonly string s_root =
        Path.GetDirectoryName(Path.GetDirectoryName(RepositoryPaths.Sample("spokesperson-remarks-2022-04-29.txt")))!;

    public static TheoryData<string> RuleIds() => [.. BuiltInRules.All.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id)];

    /// <summary>
    /// Pages whose example does not make the rule report on its own, and why. The test holds each to that, so an
    /// entry goes once its page or rule is put right.
    /// </summary>
    private static readonly Dictionary<string, string> s_examplesNotReported = new(StringComparer.Ordinal)
    {
        ["SL1003"] = "needs the cited document's text from configuration ('cited:')",
        ["SL2007"] = "needs the required keys from configuration",
        ["SL1001"] = "the example's first claim is not reported by the rule as it is now",
        ["SL3005"] = "the example's short label is not reported by the rule as it is now",
    };

    [Fact]
    public void EveryRuleTypeInThePackIsRegistered()
    {
        var types = typeof(BuiltInRules).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract).Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(types, BuiltInRules.All.Select(r => r.GetType().Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRulesFolderIsItsCategoryAndItsIdIsInTheCategorysBlock()
    {
        // The blocks RuleCategory documents.
        var blocks = new Dictionary<string, char>(StringComparer.Ordinal)
        {
            [RuleCategory.Syntax] = '0',
            [RuleCategory.Claims] = '1',
            [RuleCategory.Dates] = '2',
            [RuleCategory.Attribution] = '3',
            [RuleCategory.Boilerplate] = '4',
        };

        Assert.All(BuiltInRules.All.SelectMany(r => r.SupportedDiagnostics.Select(d => (Rule: r.GetType(), Descriptor: d))), entry =>
        {
            Assert.Equal($"Linter.Rules.{entry.Descriptor.Category}", entry.Rule.Namespace);
            Assert.Equal(blocks[entry.Descriptor.Category], entry.Descriptor.Id[2]);
        });
    }

    [Fact]
    public void BuiltInRulesCanUseOnlyPublicApi()
    {
        // The compiler enforces the invariant as long as neither project the rules build on opens its internals to them.
        foreach (var assembly in new[] { typeof(Rule).Assembly, typeof(SyntaxTree).Assembly })
        {
            var friends = assembly.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName);
            Assert.All(friends, friend => Assert.Equal(assembly.GetName().Name + ".Tests", friend));
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PageHeaderIsTheDescriptors(string id)
    {
        var descriptor = Descriptor(id);
        var header = Page(descriptor).Split('\n').Take(3).ToArray();

        Assert.Equal($"# {descriptor.Id} {descriptor.Name}", header[0]);
        var enabled = descriptor.IsEnabledByDefault ? string.Empty : " · **Enabled:** no, switch it on in configuration";
        var fix = descriptor.Fix == FixAvailability.None
            ? "none"
            : $"{descriptor.Fix.ToString().ToLowerInvariant()} ({descriptor.FixSafety.ToString().ToLowerInvariant()})";
        Assert.Equal($"**Category:** {descriptor.Category} · **Default severity:** {descriptor.DefaultSeverity.ToString().ToLowerInvariant()}{enabled} · **Fix:** {fix}", header[2]);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PageListsTheRulesOptions(string id)
    {
        var rule = BuiltInRules.All.Single(r => r.SupportedDiagnostics.Any(d => d.Id == id));
        var page = Page(Descriptor(id));
        foreach (var option in rule.SupportedOptions)
        {
            Assert.Contains($"`{option.Name}`", Section(page, "## Options"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ExampleIsReportedAndUseInsteadIsNot(string id)
    {
        var descriptor = Descriptor(id);
        var page = Page(descriptor);

        if (s_examplesNotReported.ContainsKey(id))
        {
            Assert.DoesNotContain(Analyze(FirstBlock(page, "## Example")), d => d.Id == id);
        }
        else
        {
            Assert.Contains(Analyze(FirstBlock(page, "## Example")), d => d.Id == id);
        }

        Assert.DoesNotContain(Analyze(FirstBlock(page, "## Use instead")), d => d.Id == id);

        List<Diagnostic> Analyze((string Text, string Language) block)
        {
            var path = block.Language is "markdown" or "md" ? "example.md" : "example.txt";
            var on = new RuleConfiguration(true, null, RuleOptions.Empty);
            var options = AnalysisOptions.Default with { Rules = AnalysisOptions.Default.Rules.Add(id, on) };
            return [.. new AnalysisEngine(BuiltInRules.All).Analyze(SyntaxTree.Parse(block.Text, path), options)];
        }
    }

    private static DiagnosticDescriptor Descriptor(string id) => BuiltInRules.Catalog.Single(d => d.Id == id);

    private static string Page(DiagnosticDescriptor descriptor) =>
        File.ReadAllText(Path.Combine(s_root, descriptor.HelpLink!)).ReplaceLineEndings("\n");

    private static string Section(string page, string heading)
    {
        var start = page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var end = page.IndexOf("\n## ", start + heading.Length + 2, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    private static (string Text, string Language) FirstBlock(string page, string heading)
    {
        var match = Fence().Match(Section(page, heading));
        Assert.True(match.Success, $"no code block under {heading}");
        // Pages show whitespace a line ends in as ␣, which would be invisible in the block.
        return (match.Groups["text"].Value.Replace('␣', ' '), match.Groups["language"].Value);
    }

    [GeneratedRegex("```(?<language>[a-z]*)\n(?<text>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
