using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Analysis.Configuration;

namespace Linter.Cli;

/// <summary><c>stmtlint explain ID|name</c>: prints a rule's documentation page and its options with their defaults.</summary>
internal sealed class ExplainCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly RuleCatalog _catalog;
    private readonly ImmutableArray<Rule> _rules;

    public ExplainCommand(TextWriter stdout, TextWriter stderr, RuleCatalog catalog, ImmutableArray<Rule> rules)
    {
        _stdout = stdout;
        _stderr = stderr;
        _catalog = catalog;
        _rules = rules;
    }

    public int Run(string idOrName)
    {
        if (_catalog.Find(idOrName) is not { } entry)
        {
            _stderr.WriteLine($"stmtlint: error: unknown rule '{idOrName}'");
            _stderr.WriteLine($"    hint: {_catalog.HintFor(idOrName)}");
            return ExitCodes.Failure;
        }

        var descriptor = entry.Descriptor;
        var rule = _rules.FirstOrDefault(r => r.SupportedDiagnostics.Contains(descriptor));
        var page = RuleDocumentation.FindPage(descriptor, rule);
        if (page is null)
        {
            // The engine's own diagnostics have no page: their descriptor says all there is.
            _stdout.WriteLine($"# {descriptor.Id} {descriptor.Name}");
            _stdout.WriteLine();
            _stdout.WriteLine($"**Category:** {descriptor.Category} · **Default severity:** {RuleDocumentation.SeverityWord(descriptor.DefaultSeverity)}");
            _stdout.WriteLine();
            _stdout.WriteLine(descriptor.Title + ".");
        }
        else
        {
            _stdout.Write(page.ReplaceLineEndings("\n").TrimEnd('\n'));
            _stdout.WriteLine();
        }

        // The page is prose; this part comes from the descriptor, so it always matches what configuration accepts.
        _stdout.WriteLine();
        _stdout.WriteLine("## Configuration");
        _stdout.WriteLine($"Default severity: {RuleDocumentation.SeverityWord(descriptor.DefaultSeverity)}; {(descriptor.IsEnabledByDefault ? "on" : "off")} by default; fix: {RuleDocumentation.FixWord(descriptor)}.");
        if (entry.Options.IsEmpty)
        {
            _stdout.WriteLine("Options: none; only the severity can be set.");
        }
        else
        {
            _stdout.WriteLine("Options:");
        }

        foreach (var option in entry.Options)
        {
            _stdout.WriteLine($"- `{option.Name}` ({RuleDocumentation.TypeName(option)}, default `{RuleDocumentation.FormatDefault(option.DefaultValue)}`): {option.Description}");
        }

        return ExitCodes.Success;
    }
}
