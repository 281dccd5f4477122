using System.Text;
using Linter.Analysis;
using Linter.Cli.Formatters;
using Linter.Cli.Linting;

namespace Linter.Cli.LanguageServer;

/// <summary>Builds the answer of <c>stmtlint.showConfiguration</c>: "which configuration applied?"</summary>
internal static class ConfigurationReports
{
    public static ConfigurationReport For(LintWorkspace workspace, string fullPath)
    {
        var plan = workspace.PlanFor(fullPath);
        var configuration = plan.Configuration;
        var rules = plan.Engine.SupportedDiagnostics
            .Select(d => (Descriptor: d, Severity: plan.SeverityOf(d)))
            .Where(r => r.Severity is not null)
            .Select(r => new RuleReport { Id = r.Descriptor.Id, Name = r.Descriptor.Name, Severity = SeverityNames.Of(r.Severity!.Value) })
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        var errors = plan.Problems.ConfigurationErrors.Select(e => e.ToString())
            .Concat(plan.Problems.RuleFileErrors.Select(e => $"{e.Path}({e.Line},{e.Column}): {e.Code}: {e.Message}"))
            .ToArray();
        var report = new ConfigurationReport
        {
            Document = fullPath,
            ConfigurationFiles = [.. configuration.Sources],
            Excluded = configuration.IsExcluded(fullPath),
            Rules = rules,
            CustomRuleFiles = [.. plan.CustomRules.Files.Select(f => f.Path)],
            SkippedCodeRuleFiles = [.. plan.Problems.SkippedCodeFiles],
            Errors = errors,
            Text = "",
        };
        return report with { Text = Describe(report) };
    }

    private static string Describe(ConfigurationReport report)
    {
        var text = new StringBuilder();
        text.Append("stmtlint configuration for ").Append(report.Document).Append('\n');
        text.Append(report.ConfigurationFiles.Length == 0
            ? "files: none (every rule at its default)\n"
            : "files (farthest first): " + string.Join(", ", report.ConfigurationFiles) + "\n");
        if (report.Excluded)
        {
            text.Append("excluded by configuration: not checked\n");
        }

        text.Append("rules: ").Append(string.Join(", ", report.Rules.Select(r => $"{r.Id} {r.Severity}"))).Append('\n');
        if (report.CustomRuleFiles.Length > 0)
        {
            text.Append("custom rule files: ").Append(string.Join(", ", report.CustomRuleFiles)).Append('\n');
        }

        if (report.SkippedCodeRuleFiles.Length > 0)
        {
            text.Append("C# rule files not run: ").Append(string.Join(", ", report.SkippedCodeRuleFiles)).Append('\n');
        }

        foreach (var error in report.Errors)
        {
            text.Append("error: ").Append(error).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
