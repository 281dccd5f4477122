using System.Globalization;
using System.Text;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Cli.Formatters;

namespace Linter.Cli.RuleAuthoring;

/// <summary>
/// <c>stmtlint new-rule ID --yaml|--csharp [--name NAME]</c>: writes a working rule skeleton (it flags
/// "TODO" and "TK" left in the text), a fixture where it fires and one where it is silent, and
/// registers the rule in the nearest configuration.
/// </summary>
/// <remarks>
/// The rule goes to <c>rules/ID.yaml</c> or <c>rules/ID.cs</c> beside the configuration, the fixtures to
/// <c>rules/tests/</c>, which the configuration then excludes from checking (fixtures hold marked-up
/// mistakes on purpose). Nothing is overwritten: if any file exists, nothing is written.
/// </remarks>
internal sealed class NewRuleCommand
{
    private const string RulesFolder = "rules";
    private const string FixturesFolder = "rules/tests";

    private readonly TextWriter _stdout;
    private readonly string _currentDirectory;
    private readonly RuleCatalog _builtIn;

    public NewRuleCommand(TextWriter stdout, string currentDirectory, RuleCatalog builtIn)
    {
        _stdout = stdout;
        _currentDirectory = currentDirectory;
        _builtIn = builtIn;
    }

    public int Run(string id, bool yaml, bool csharp, string? name)
    {
        if (yaml == csharp)
        {
            throw new UsageException(yaml ? "choose one of --yaml and --csharp, not both" : "say which kind of rule to write: --yaml or --csharp");
        }

        if (!DiagnosticDescriptor.IsValidId(id) || id.StartsWith("SL", StringComparison.Ordinal))
        {
            throw new UsageException($"'{id}' is not a custom rule ID: write capital letters and then three or more digits, with a prefix of your own (not SL), such as HOUSE001");
        }

        name ??= id.ToLowerInvariant();
        if (!DiagnosticDescriptor.IsValidName(name))
        {
            throw new UsageException($"'{name}' is not a rule name: write lower-case words joined by '-', such as no-todo");
        }

        if (_builtIn.Find(id) is not null || _builtIn.Find(name) is { })
        {
            throw new UsageException($"'{(_builtIn.Find(id) is not null ? id : name)}' is a built-in rule's; choose another");
        }

        var configPath = FindConfig() ?? Path.Combine(_currentDirectory, ConfigurationResolver.FileNames[0]);
        var root = Path.GetDirectoryName(configPath)!;
        var ruleRelative = $"{RulesFolder}/{id}{(yaml ? ".yaml" : ".cs")}";
        var files = new (string Relative, string Text)[]
        {
            (ruleRelative, yaml ? YamlSkeleton(id, name) : CSharpSkeleton(id, name)),
            ($"{FixturesFolder}/{id}.fires.md", Fixture($"The ministry will publish its answers {{|{id}:TODO|}}.")),
            ($"{FixturesFolder}/{id}.silent.md", Fixture("The ministry will publish its answers in March.")),
        };
        foreach (var (relative, _) in files)
        {
            if (File.Exists(Path.Combine(root, relative)))
            {
                throw new UsageException($"'{PathResolver.ToDisplayPath(Path.Combine(root, relative), _currentDirectory)}' already exists; nothing was written");
            }
        }

        // The configuration is edited in memory first, so that a configuration it cannot edit stops the command before any file is written.
        var configExists = File.Exists(configPath);
        var config = configExists ? File.ReadAllText(configPath) : "# stmtlint configuration: see 'stmtlint init' for a commented starter.\n";
        config = ConfigListEditor.Add(config, "custom-rules", ruleRelative, ruleRelative, out var registered);
        config = ConfigListEditor.Add(config, "exclude", $"{FixturesFolder}/**", $"{FixturesFolder}/{id}.fires.md", out var excluded);

        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, writer => writer.Write(text));
            _stdout.WriteLine($"created {PathResolver.ToDisplayPath(path, _currentDirectory)}");
        }

        AtomicFile.Write(configPath, writer => writer.Write(config));
        var configDisplay = PathResolver.ToDisplayPath(configPath, _currentDirectory);
        _stdout.WriteLine(!configExists
            ? $"created {configDisplay} listing the rule"
            : registered || excluded ? $"updated {configDisplay}: {(registered ? $"'{ruleRelative}' added to custom-rules" : "")}{(registered && excluded ? ", " : "")}{(excluded ? $"'{FixturesFolder}/**' added to exclude" : "")}" : $"{configDisplay} already lists the rule");
        var fixtures = PathResolver.ToDisplayPath(Path.Combine(root, FixturesFolder), _currentDirectory);
        _stdout.WriteLine($"next: edit the rule, then run 'stmtlint test-rules {fixtures}'");
        return ExitCodes.Success;
    }

    /// <summary>The nearest .stmtlint.yaml (or .yml) from the current folder up, or null.</summary>
    private string? FindConfig()
    {
        for (var directory = _currentDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            foreach (var fileName in ConfigurationResolver.FileNames)
            {
                var path = Path.Combine(directory, fileName);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    private static string Fixture(string sentence) => $"# Statement on the review\n\n{sentence}\n";

    private static string YamlSkeleton(string id, string name) => $$"""
        # {{id}} {{name}}: a custom stmtlint rule. Every kind and field is described in the
        # authoring guide (rules/README.md in the stmtlint repository).
        # Test it with 'stmtlint test-rules rules/tests'; see what it can target with 'stmtlint tree FILE'.
        id: {{id}}
        name: {{name}}
        description: Flags 'TODO' and 'TK' left in a statement
        message: "'{match}' left in the text: finish the sentence before publishing"
        severity: warning
        kind: existence
        # The node kinds searched; these three are the default.
        scope: [Title, Heading, Paragraph]
        tokens: [TODO, TK]

        """;

    private static string CSharpSkeleton(string id, string name)
    {
        var className = new StringBuilder();
        foreach (var word in name.Split('-'))
        {
            className.Append(char.ToUpperInvariant(word[0])).Append(word[1..]);
        }

        className.Append("Rule");
        if (!char.IsLetter(className[0]))
        {
            className.Insert(0, "Custom");
        }

        return string.Create(CultureInfo.InvariantCulture, $$"""
            // {{id}} {{name}}: a custom stmtlint rule, compiled the first time a check needs it (and cached).
            // It uses the same public API as the built-in rules; the authoring guide is rules/README.md in
            // the stmtlint repository. Test it with 'stmtlint test-rules rules/tests'.
            using System.Collections.Immutable;
            using Linter.Analysis;
            using Linter.Syntax;

            /// <summary>Flags 'TODO' and 'TK' left in a sentence.</summary>
            public sealed class {{className}} : Rule
            {
                private static readonly DiagnosticDescriptor s_descriptor = new(
                    id: "{{id}}",
                    name: "{{name}}",
                    title: "Flags 'TODO' and 'TK' left in a statement",
                    messageFormat: "'{0}' left in the text: finish the sentence before publishing",
                    category: RuleCategory.Custom,
                    defaultSeverity: Severity.Warning);

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_descriptor];

                public override void Initialize(RuleContext context) =>
                    context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

                private static void AnalyzeSentence(NodeAnalysisContext context)
                {
                    foreach (var token in context.Node.DescendantTokens())
                    {
                        if (token.Kind == SyntaxKind.WordToken && token.Text is "TODO" or "TK")
                        {
                            context.Report(s_descriptor, token.Span, token.Text);
                        }
                    }
                }
            }

            """);
    }
}
