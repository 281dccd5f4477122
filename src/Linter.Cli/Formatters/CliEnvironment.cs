namespace Linter.Cli.Formatters;

/// <summary>
/// What the process knows about where it runs: whether stdout and stderr are terminals, and the
/// environment variables that choose output (<c>NO_COLOR</c>, <c>GITHUB_ACTIONS</c>, <c>GITHUB_STEP_SUMMARY</c>), where the
/// user's cache lives (<c>XDG_CACHE_HOME</c>, <c>HOME</c>) and whether C# rules are refused
/// (<c>STMTLINT_NO_CODE_RULES</c>). Tests pass
/// their own, so a test run inside GitHub Actions or a terminal behaves like any other.
/// </summary>
/// <param name="StdoutIsTerminal">True when stdout is a terminal rather than a pipe or file.</param>
/// <param name="StderrIsTerminal">True when stderr is a terminal.</param>
/// <param name="Variables">Environment variables by name.</param>
internal sealed record CliEnvironment(bool StdoutIsTerminal, bool StderrIsTerminal, IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>Set (to anything but <c>0</c>) by a CI administrator, it refuses C# rules in every command, whatever the command line says.</summary>
    public const string NoCodeRulesVariable = "STMTLINT_NO_CODE_RULES";

    /// <summary>No terminal and no variables: what in-process callers get unless they say otherwise.</summary>
    public static CliEnvironment None { get; } = new(false, false, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The real process: console redirection tells whether a stream is a terminal.</summary>
    public static CliEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "NO_COLOR", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "XDG_CACHE_HOME", "HOME", NoCodeRulesVariable })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                variables[name] = value;
            }
        }

        return new CliEnvironment(!Console.IsOutputRedirected, !Console.IsErrorRedirected, variables);
    }

    /// <summary>As no-color.org says: set and not empty means no colour, whatever the value.</summary>
    public bool NoColor => Variables.TryGetValue("NO_COLOR", out var value) && value.Length > 0;

    public bool IsGitHubActions => Variables.TryGetValue("GITHUB_ACTIONS", out var value) && value == "true";

    /// <summary>Whether <see cref="NoCodeRulesVariable"/> refuses C# rules: set, not empty and not <c>0</c>.</summary>
    public bool NoCodeRules => Variables.TryGetValue(NoCodeRulesVariable, out var value) && value.Length > 0 && value != "0";
}
