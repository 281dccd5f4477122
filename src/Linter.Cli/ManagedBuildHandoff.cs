using System.Diagnostics;
using Linter.CustomRules;

namespace Linter.Cli;

/// <summary>
/// How the native build runs a command that needs C# rules: it cannot compile them, so it starts the
/// managed build published beside it (<c>managed/stmtlint</c>, see <c>scripts/publish.sh</c>) with the
/// same arguments, directory and streams, and returns its exit code. Nothing has been printed or
/// written by then: rule files are loaded before any document is checked.
/// </summary>
internal static class ManagedBuildHandoff
{
    /// <summary>The managed build's folder, relative to the native executable's.</summary>
    public const string FolderName = "managed";

    /// <summary>
    /// What to do when there is no managed build. The flag it names exists on every command that loads
    /// custom rules, the only ones that can get here (<c>StmtlintApp</c> gives each its own).
    /// </summary>
    public static string Hint(string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "check";
        return $"Install the .NET tool (dotnet tool install --global stmtlint), publish both builds with scripts/publish.sh, or pass --no-code-rules to 'stmtlint {command}' (or set {Formatters.CliEnvironment.NoCodeRulesVariable}=1) to skip C# rules.";
    }

    /// <summary>Runs <paramref name="args"/> in the managed build; <paramref name="consumedStdin"/> is standard input already read (for <c>check -</c>), handed on to it.</summary>
    public static int Run(string[] args, byte[]? consumedStdin, CodeRulesNotSupportedException reason, TextWriter stderr)
    {
        var managed = Path.Combine(AppContext.BaseDirectory, FolderName, OperatingSystem.IsWindows() ? "stmtlint.exe" : "stmtlint");
        if (!File.Exists(managed))
        {
            stderr.WriteLine($"stmtlint: error: {reason.Message}; the managed build that runs C# rules is not at '{managed}'");
            stderr.WriteLine(Hint(args));
            return ExitCodes.Failure;
        }

        var start = new ProcessStartInfo(managed)
        {
            UseShellExecute = false,
            RedirectStandardInput = consumedStdin is not null,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Ctrl+C reaches both processes; the managed one decides what it means (it ends a watch), this one waits for its exit code.
        static void KeepWaiting(object? sender, ConsoleCancelEventArgs e) => e.Cancel = true;
        Console.CancelKeyPress += KeepWaiting;
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"'{managed}' did not start");
            if (consumedStdin is not null)
            {
                process.StandardInput.BaseStream.Write(consumedStdin);
                process.StandardInput.Close();
            }

            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            stderr.WriteLine($"stmtlint: error: {reason.Message}; the managed build that runs C# rules, '{managed}', could not be started: {e.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            Console.CancelKeyPress -= KeepWaiting;
        }
    }
}
