using System.CommandLine;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Cli.Formatters;
using Linter.CustomRules;
using Linter.Rules;

namespace Linter.Cli;

/// <summary>
/// The <c>stmtlint</c> command line. Everything it prints goes to the writers it is given and paths
/// are resolved against the directory it is given, so tests run the real command in-process.
/// </summary>
internal sealed class StmtlintApp
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _currentDirectory;
    private readonly Func<Stream>? _openStdin;
    private readonly CliEnvironment _environment;

    /// <summary>
    /// Creates the app; <paramref name="openStdin"/> replaces standard input (for <c>check -</c>) and
    /// <paramref name="environment"/> the terminal and environment variables, in tests.
    /// </summary>
    public StmtlintApp(TextWriter stdout, TextWriter stderr, string currentDirectory, Func<Stream>? openStdin = null, CliEnvironment? environment = null)
    {
        _stdout = stdout;
        _stderr = stderr;
        _currentDirectory = currentDirectory;
        _openStdin = openStdin;
        _environment = environment ?? CliEnvironment.None;
    }

    /// <summary>
    /// Parses <paramref name="args"/>, runs the command and returns the exit code. Throws nothing but
    /// <see cref="CodeRulesNotSupportedException"/>, and that only in the native build, which hands the run on.
    /// </summary>
    public int Run(string[] args)
    {
        try
        {
            var root = BuildCommands();
            if (args.Length == 0)
            {
                // As Ruff does: no command prints the help, on stderr, and exits 2, since nothing was done.
                CommandLineUsage.WriteHelp(root, _stderr);
                return ExitCodes.Failure;
            }

            var parseResult = root.Parse(args);
            if (parseResult.Action is not { ClearsParseErrors: true } && CommandLineUsage.FindMistake(parseResult, root) is { } mistake)
            {
                _stderr.WriteLine($"stmtlint: error: {TerminalText.Escape(mistake)}");
                _stderr.WriteLine("Run 'stmtlint --help' for usage.");
                return ExitCodes.Failure;
            }

            if (parseResult.Errors.Count > 0 && parseResult.Action is not { ClearsParseErrors: true })
            {
                foreach (var error in parseResult.Errors)
                {
                    _stderr.WriteLine($"stmtlint: error: {error.Message}");
                }

                _stderr.WriteLine("Run 'stmtlint --help' for usage.");
                return ExitCodes.Failure;
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = _stdout,
                Error = _stderr,

                // Exceptions are ours to report: one line and exit code 2, not the library's stack trace and exit code 1.
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            _stderr.WriteLine($"stmtlint: error: {e.Message}");
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last line of defence: any failure becomes a clear message and exit code 2.
        catch (Exception e) when (e is not CodeRulesNotSupportedException)
#pragma warning restore CA1031
        {
            var cause = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
            _stderr.WriteLine($"stmtlint: internal error: {cause.GetType().Name}: {cause.Message}");
            _stderr.WriteLine("This is a bug in stmtlint; please report it with the command you ran.");
            return ExitCodes.Failure;
        }
    }

    private RootCommand BuildCommands()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and directories to check; directories are searched for .md, .markdown and .txt files. Defaults to the current directory.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var config = new Option<string>("--config") { Description = "Use this configuration file for every document instead of looking for .stmtlint.yaml files.", HelpName = "FILE" };
        var checkFormat = new Option<string[]>("--format", "-f")
        {
            Description = "Output format: pretty, msbuild, json, sarif, github, junit or html. May be repeated; each --output FILE after a --format writes that format to FILE, a --format without one writes to stdout (at most one may). Default: github in GitHub Actions, pretty on a terminal, else msbuild.",
        };
        checkFormat.AcceptOnlyFromAmong([.. OutputFormats.Names]);
        var output = new Option<string[]>("--output", "-o") { Description = "Write the preceding --format to this file (atomically) instead of stdout.", HelpName = "FILE" };
        var noColor = new Option<bool>("--no-color") { Description = "No colours, even on a terminal (as does the NO_COLOR environment variable)." };
        var maxWarnings = CommandLineUsage.NumberOption("--max-warnings", "N", "Fail (exit code 1) when there are more than N warnings.");
        var jobs = CommandLineUsage.NumberOption("--jobs", "N", "Lint N files at once (default: every core; 1 lints one by one). Output order never depends on it.", "-j");
        var changedSince = new Option<string>("--changed-since") { Description = "Check only files changed since the git commit REF, and untracked files.", HelpName = "REF" };
        var changedLinesOnly = new Option<bool>("--changed-lines-only") { Description = "With --changed-since: report only diagnostics on changed lines." };
        var stdinFileName = new Option<string>("--stdin-filename") { Description = "With the path '-': the name of the document read from standard input (format, configuration, output).", HelpName = "NAME" };
        var shard = new Option<string>("--shard") { Description = "Check only the K-th of N stable shares of the files (K/N, by a hash of the path), to split a run across CI machines.", HelpName = "K/N" };
        var baseline = new Option<string>("--baseline") { Description = "Report only diagnostics not recorded in this baseline file.", HelpName = "FILE" };
        var writeBaseline = new Option<string>("--write-baseline") { Description = "Record the current diagnostics in this baseline file (written atomically) and report none.", HelpName = "FILE" };
        var fix = new Option<bool>("--fix") { Description = "Apply safe fixes and write the fixed files (atomically, keeping encoding, BOM and line endings)." };
        var unsafeFixes = new Option<bool>("--unsafe-fixes") { Description = "With --fix, also apply unsafe fixes, which may remove or rewrite words." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix, print a unified diff of the fixes and write nothing." };
        var noCache = new Option<bool>("--no-cache") { Description = "Neither read nor write cached results." };
        var noCodeRules = NoCodeRulesOption();
        var cacheLocation = new Option<string>("--cache-location") { Description = "Keep cached results in this directory (default: .stmtlint-cache in the current directory).", HelpName = "DIR" };
        var verbose = new Option<bool>("--verbose") { Description = "Also print how many files were parsed; the others came from the cache." };
        var watch = new Option<bool>("--watch") { Description = "Re-check files as they change, until Ctrl+C." };
        var maxFileSize = CommandLineUsage.NumberOption("--max-file-size", "MB", "Read no document larger than this many megabytes (default 64); a larger one is an unreadable file (exit code 2).");
        var select = new Option<string[]>("--select")
        {
            Description = "Run only these rules: IDs, names, ID prefixes (SL3) or ALL, comma-separated or repeated. A selected rule that is off by default runs; one configuration turns off stays off.",
            HelpName = "RULES",
        };
        var extendSelect = new Option<string[]>("--extend-select") { Description = "Run these rules too, besides those configuration (or --select) turns on.", HelpName = "RULES" };
        var ignore = new Option<string[]>("--ignore") { Description = "Do not run these rules. Where --select and --ignore both match a rule, the more specific selector wins (SL3001 over SL3 over ALL).", HelpName = "RULES" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Report errors only (--min-severity error); warnings still count for --max-warnings." };
        var minSeverity = new Option<string>("--min-severity") { Description = "Report only diagnostics at least this severe: error, warning or info (default).", HelpName = "SEVERITY" };
        minSeverity.AcceptOnlyFromAmong("error", "warning", "info");
        var exitZero = new Option<bool>("--exit-zero") { Description = "Exit with code 0 even when there are errors or too many warnings; usage errors and failures still exit with 2." };
        var junitFailures = new Option<string>("--junit-failures") { Description = "In the junit format, the least severe diagnostic that fails a test case: error (default, as the exit code), warning or info; the others are listed without failing.", HelpName = "SEVERITY" };
        junitFailures.AcceptOnlyFromAmong("error", "warning", "info");
        var check = new Command("check", "Check statement documents and print diagnostics.")
        {
            paths, config, checkFormat, output, junitFailures, noColor, select, extendSelect, ignore, quiet, minSeverity, exitZero, maxWarnings, jobs, changedSince, changedLinesOnly,
            stdinFileName, shard, baseline, writeBaseline, fix, unsafeFixes, dryRun, noCache, noCodeRules, cacheLocation, verbose, watch, maxFileSize,
        };
        check.SetAction(result =>
        {
            var options = new CheckOptions
            {
                Paths = result.GetValue(paths) ?? [],
                ConfigPath = result.GetValue(config),
                Outputs = OutputPlan.Build(FormatAndOutputTokens(result), _environment),
                NoColor = result.GetValue(noColor),
                Environment = _environment,
                Selection = RuleSelection.Parse(result.GetValue(select), result.GetValue(extendSelect), result.GetValue(ignore)),
                MinSeverity = result.GetValue(quiet) ? Severity.Error : ParseSeverity(result.GetValue(minSeverity)),
                ExitZero = result.GetValue(exitZero),
                OutputSettings = new FormatterSettings
                {
                    JUnitFailures = result.GetValue(junitFailures) is { } junitSeverity ? ParseSeverity(junitSeverity) : Severity.Error,
                    Environment = _environment,
                },
                MaxWarnings = result.GetValue(maxWarnings),
                Jobs = result.GetValue(jobs),
                ChangedSince = result.GetValue(changedSince),
                ChangedLinesOnly = result.GetValue(changedLinesOnly),
                StdinFileName = result.GetValue(stdinFileName),
                Shard = result.GetValue(shard),
                BaselinePath = result.GetValue(baseline),
                WriteBaselinePath = result.GetValue(writeBaseline),
                Fix = result.GetValue(fix),
                UnsafeFixes = result.GetValue(unsafeFixes),
                DryRun = result.GetValue(dryRun),
                NoCache = result.GetValue(noCache),
                NoCodeRules = result.GetValue(noCodeRules),
                CacheLocation = result.GetValue(cacheLocation),
                Verbose = result.GetValue(verbose),
                Watch = result.GetValue(watch),
                MaxFileBytes = result.GetValue(maxFileSize) is { } megabytes
                    ? megabytes > 0 ? megabytes * 1024L * 1024 : throw new UsageException("--max-file-size takes a number of megabytes above 0")
                    : Linter.Analysis.IO.BoundedFile.DefaultMaxBytes,
            };
            if ((options.UnsafeFixes || options.DryRun) && !options.Fix)
            {
                throw new UsageException("--unsafe-fixes and --dry-run only go with --fix");
            }

            if (options.Watch && options.Fix)
            {
                // Writing fixes would wake the watcher that triggered them.
                throw new UsageException("--watch does not go with --fix");
            }

            return new CheckCommand(_stdout, _stderr, _currentDirectory, _openStdin).Run(options);
        });

        var force = new Option<bool>("--force") { Description = "Overwrite an existing .stmtlint.yaml." };
        var init = new Command("init", "Write a commented starter .stmtlint.yaml in the current directory.") { force };
        init.SetAction(result => new InitCommand(_stdout, _stderr, _currentDirectory, Catalog()).Run(result.GetValue(force)));

        var format = new Option<string>("--format") { Description = "text (a table) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var rulesNoCodeRules = NoCodeRulesOption();
        var rules = new Command("rules", "List every rule: ID, name, default severity, fix and whether it is on by default.") { format, rulesNoCodeRules };
        rules.SetAction(result => ConfiguredRules(result.GetValue(rulesNoCodeRules), out var setup) ? new RulesCommand(_stdout, setup.Catalog).Run(result.GetValue(format) ?? "text") : ExitCodes.Failure);

        var rule = new Argument<string>("rule") { Description = "A rule ID (SL1001) or name (claim-without-rebuttal)." };
        var explainNoCodeRules = NoCodeRulesOption();
        var explain = new Command("explain", "Print a rule's documentation and options.") { rule, explainNoCodeRules };
        explain.SetAction(result => ConfiguredRules(result.GetValue(explainNoCodeRules), out var setup)
            ? new ExplainCommand(_stdout, _stderr, setup.Catalog, [.. BuiltInRules.All, .. setup.Custom.AllRules]).Run(result.GetRequiredValue(rule))
            : ExitCodes.Failure);

        var file = new Argument<string>("file") { Description = "The document to dump." };
        var json = new Option<bool>("--json") { Description = "Write the tree as JSON (tokens always carry their trivia)." };
        var trivia = new Option<bool>("--trivia") { Description = "Write each token's trivia on its own line under the token." };
        var tree = new Command("tree", "Print the syntax tree of a document, as rules see it.") { file, json, trivia };
        tree.SetAction(result => new TreeCommand(_stdout, _currentDirectory).Run(result.GetRequiredValue(file), result.GetValue(json), result.GetValue(trivia)));

        var fixtureDirectory = new Argument<string>("directory") { Description = "The folder of rule fixtures: documents with the expected diagnostics marked as {|ID:text|}, each named after its rule (HOUSE001.fires.md)." };
        var testConfig = new Option<string>("--config") { Description = "Use this configuration file for every fixture instead of looking for .stmtlint.yaml files.", HelpName = "FILE" };
        var testNoCodeRules = NoCodeRulesOption();
        var testRules = new Command("test-rules", "Run rule fixtures against the configured rules (built-in, YAML and C#) and show expected and actual diagnostics side by side.") { fixtureDirectory, testConfig, testNoCodeRules };
        testRules.SetAction(result => new RuleAuthoring.TestRulesCommand(_stdout, _stderr, _currentDirectory)
            .Run(result.GetRequiredValue(fixtureDirectory), result.GetValue(testConfig), LoadOptions(result.GetValue(testNoCodeRules))));

        var newRuleId = new Argument<string>("id") { Description = "The new rule's ID: capital letters and then digits, with a prefix of your own (HOUSE001)." };
        var newRuleYaml = new Option<bool>("--yaml") { Description = "Write a YAML rule." };
        var newRuleCSharp = new Option<bool>("--csharp") { Description = "Write a C# rule." };
        var newRuleName = new Option<string>("--name") { Description = "The rule's kebab-case name (default: the ID in lower case).", HelpName = "NAME" };
        var newRule = new Command("new-rule", "Write a rule skeleton and two fixtures (one firing, one silent) and register the rule in the nearest .stmtlint.yaml.") { newRuleId, newRuleYaml, newRuleCSharp, newRuleName };
        newRule.SetAction(result => new RuleAuthoring.NewRuleCommand(_stdout, _currentDirectory, Catalog())
            .Run(result.GetRequiredValue(newRuleId), result.GetValue(newRuleYaml), result.GetValue(newRuleCSharp), result.GetValue(newRuleName)));

        var claimPaths = new Argument<string[]>("paths") { Description = "Files, directories or globs to map (default: the current directory).", Arity = ArgumentArity.ZeroOrMore };
        var claimsFormat = new Option<string>("--format") { Description = "text (one line per claim) or json (version 1, docs/schema/stmtlint-claims.schema.json).", DefaultValueFactory = _ => "text" };
        var claimsConfig = new Option<string>("--config") { Description = "Use this configuration file instead of discovering .stmtlint.yaml files.", HelpName = "FILE" };
        var claims = new Command("claims", "Print the claim map: who said what in each document, from which side, and where it is answered.") { claimPaths, claimsFormat, claimsConfig };
        claims.SetAction(result => new ClaimsCommand(_stdout, _stderr, _currentDirectory)
            .Run(result.GetValue(claimPaths) ?? [], result.GetValue(claimsFormat) ?? "text", result.GetValue(claimsConfig)));

        var configFile = new Argument<string>("file") { Description = "The document (it need not exist: the configuration of a new file there is shown)." };
        var configFormat = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        configFormat.AcceptOnlyFromAmong("text", "json");
        var configConfig = new Option<string>("--config") { Description = "Use this configuration file instead of discovering .stmtlint.yaml files, as check --config does.", HelpName = "FILE" };
        var configNoCodeRules = NoCodeRulesOption();
        var configCommand = new Command("config", "Print the configuration a document is checked with, and where each setting came from: the files applied in order, every rule's severity and options, the vocabulary.") { configFile, configFormat, configConfig, configNoCodeRules };
        configCommand.SetAction(result => new ConfigCommand(_stdout, _stderr, _currentDirectory)
            .Run(result.GetRequiredValue(configFile), result.GetValue(configFormat) ?? "text", result.GetValue(configConfig), LoadOptions(result.GetValue(configNoCodeRules))));

        // Editors' LSP clients often pass --stdio; standard input and output are the only transport, so it is accepted and changes nothing.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default and only transport)." };
        var lsp = new Command("lsp", "Run the language server for editors (Language Server Protocol over standard input and output).") { stdio };
        lsp.SetAction(_ => LanguageServer.LspCommand.Run(Console.OpenStandardInput(), Console.OpenStandardOutput(), _stderr, _currentDirectory, _environment));

        var root = new RootCommand("stmtlint: a linter for statement documents.") { check, configCommand, tree, claims, init, rules, explain, newRule, testRules, lsp };
        CommandLineUsage.AddCheckEpilogue(root, check);
        return root;
    }

    /// <summary>The <c>--format</c> and <c>--output</c> values in command-line order, which pairing them needs and option values alone lose.</summary>
    private static IEnumerable<(string Option, string Value)> FormatAndOutputTokens(ParseResult result)
    {
        var tokens = result.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type != System.CommandLine.Parsing.TokenType.Option)
            {
                continue;
            }

            var name = tokens[i].Value switch
            {
                "--format" or "-f" => "--format",
                "--output" or "-o" => "--output",
                _ => null,
            };
            if (name is not null)
            {
                yield return (name, tokens[i + 1].Value);
            }
        }
    }

    private static Severity ParseSeverity(string? name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };

    private static RuleCatalog Catalog() => RuleCatalog.FromRules(BuiltInRules.All);

    /// <summary>
    /// <c>--no-code-rules</c>, on every command that loads custom rules (<c>check</c>, <c>rules</c>,
    /// <c>explain</c>, <c>test-rules</c>): a C# rule's constructor runs as soon as it is loaded, so a
    /// command that only lists rules runs repository code too. The native build's hand-off message
    /// names it, which holds because every command that can meet a C# rule has it.
    /// </summary>
    private static Option<bool> NoCodeRulesOption() => new("--no-code-rules")
    {
        Description = $"Neither compile nor run C# custom rules (for untrusted pull requests; {CliEnvironment.NoCodeRulesVariable}=1 forces it); the files skipped are named. YAML rules still run.",
    };

    /// <summary>How custom rules are loaded: C# rules refused by the flag or the environment, compiled ones kept in the user's cache.</summary>
    private CustomRuleLoadOptions LoadOptions(bool noCodeRules) => new()
    {
        AllowCodeRules = !noCodeRules && !_environment.NoCodeRules,
        CompiledRuleCache = Caching.UserCache.CompiledRules(_environment),
    };

    /// <summary>
    /// The rules that apply in the current directory: the built-in ones and the custom rules its
    /// configuration lists, so that <c>rules</c> and <c>explain</c> know a team's own rules too.
    /// False after printing the mistakes when the configuration or a rule file is wrong.
    /// </summary>
    private bool ConfiguredRules(bool noCodeRules, out RuleSetup rules)
    {
        // Configuration is found per document; a document in the current directory stands for "here".
        var here = Path.Combine(_currentDirectory, "document.md");
        return ConfigurationStep.TryResolve([here], f => f, explicitConfig: null, LoadOptions(noCodeRules), _stderr, _currentDirectory, out rules, out _);
    }
}
