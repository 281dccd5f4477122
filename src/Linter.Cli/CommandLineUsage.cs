using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using Linter.Analysis.Configuration;

namespace Linter.Cli;

/// <summary>
/// What the command line says when it is used wrongly, and the parts of help System.CommandLine does
/// not write itself: unknown options and commands with a "did you mean", number options that name
/// themselves instead of a CLR type, and the examples and exit codes at the end of <c>check --help</c>.
/// </summary>
internal static class CommandLineUsage
{
    /// <summary>What <c>check --help</c> ends with.</summary>
    public const string CheckEpilogue = """
        Examples:
          stmtlint check                                   Check the documents under the current directory.
          stmtlint check docs --quiet                      Report errors only.
          stmtlint check --select SL2,SL3 --ignore SL3003  Only the date and quotation rules, without SL3003.
          stmtlint check --fix --dry-run docs              Show the safe fixes as a diff; write nothing.
          stmtlint check --format sarif --output stmtlint.sarif
          stmtlint check --baseline .stmtlint-baseline.json --changed-since origin/main

        Exit codes:
          0  No error-severity diagnostic (or --exit-zero).
          1  An error-severity diagnostic, or more warnings than --max-warnings.
          2  A usage or configuration error, an unreadable file or folder, an output or fixed file that
             could not be written, or an internal failure.
        """;

    /// <summary>
    /// An option holding a whole number: a value that is not one is refused with the option's name
    /// (System.CommandLine's own message names the CLR type, <c>System.Nullable`1[System.Int32]</c>).
    /// </summary>
    public static Option<int?> NumberOption(string name, string helpName, string description, params string[] aliases)
    {
        var option = new Option<int?>(name, aliases) { Description = description, HelpName = helpName };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{name} expects a whole number ({helpName}), not '{text}'");
            return null;
        };
        return option;
    }

    /// <summary>
    /// The first mistake System.CommandLine lets through or words badly, as one line, or null: a word
    /// where a command belongs (<c>stmtlint chek</c>), or a path argument that looks like an option
    /// (<c>check --max-warning 0</c> would otherwise be "path '--max-warning' does not exist").
    /// Arguments after <c>--</c> are paths whatever they look like.
    /// </summary>
    public static string? FindMistake(ParseResult result, RootCommand root)
    {
        var command = result.CommandResult.Command;
        var tokens = result.Tokens;
        if (ReferenceEquals(command, root))
        {
            var first = tokens.Count > 0 ? tokens[0] : null;
            if (first is { Type: TokenType.Argument })
            {
                var names = root.Subcommands.Select(c => c.Name).ToList();
                return Suggestions.Closest(first.Value, names) is { } closest
                    ? $"unknown command '{first.Value}'; did you mean '{closest}'?"
                    : $"unknown command '{first.Value}'; the commands are {string.Join(", ", names)}";
            }

            return null;
        }

        var doubleDash = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.DoubleDash)
            {
                doubleDash = i;
                break;
            }
        }

        var argumentTokens = command.Arguments
            .Select(result.GetResult)
            .OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .ToList();
        for (var i = 0; i < tokens.Count && (doubleDash < 0 || i < doubleDash); i++)
        {
            var token = tokens[i];
            if (token.Type != TokenType.Argument || token.Value.Length < 2 || token.Value[0] != '-' || !argumentTokens.Any(a => ReferenceEquals(a, token)))
            {
                continue;
            }

            var options = OptionNames(result.CommandResult).ToList();
            return Suggestions.Closest(token.Value, options) is { } closest
                ? $"unknown option '{token.Value}'; did you mean '{closest}'?"
                : $"unknown option '{token.Value}'; run 'stmtlint {command.Name} --help' for the options";
        }

        return null;
    }

    /// <summary>Writes help to <paramref name="writer"/>, as <c>stmtlint --help</c> would (for a bare <c>stmtlint</c>).</summary>
    public static void WriteHelp(RootCommand root, TextWriter writer) =>
        root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = writer, Error = writer });

    /// <summary>Makes <c>check --help</c> end with examples and exit codes.</summary>
    public static void AddCheckEpilogue(RootCommand root, Command check)
    {
        var help = root.Options.OfType<HelpOption>().First();
        if (help.Action is HelpAction standard)
        {
            help.Action = new EpilogueHelpAction(standard, check);
        }
    }

    private static IEnumerable<string> OptionNames(CommandResult command)
    {
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var c })
            {
                foreach (var option in c.Options.Where(o => ReferenceEquals(result, command) || o.Recursive))
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
                    {
                        yield return alias;
                    }
                }
            }
        }
    }

    /// <summary>The standard help, then, for <c>check</c>, its examples and exit codes.</summary>
    private sealed class EpilogueHelpAction(HelpAction standard, Command check) : SynchronousCommandLineAction
    {
        // As the standard help: `explain --help` shows the help, not "Required argument missing".
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard.Invoke(parseResult);
            if (ReferenceEquals(parseResult.CommandResult.Command, check))
            {
                parseResult.InvocationConfiguration.Output.WriteLine(CheckEpilogue);
            }

            return exit;
        }
    }
}
