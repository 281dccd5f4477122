using System.Diagnostics;
using Linter.CustomRules;

namespace Linter.Cli;

/// <summary>
/// How the native build runs a command that needs C# rules: it cannot compile them, so it starts the
/// managed build published beside it (<c>managed/stmtlint</c>, see <c>scripts/publish.sh</c>, or in the
/// tool package <c>managed/stmtlint.dll</c> on the dotnet host, see <c>scripts/pack.sh</c>) with the
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
        var folder = Path.Combine(AppContext.BaseDirectory, FolderName);
        var managed = Path.Combine(folder, OperatingSystem.IsWindows() ? "stmtlint.exe" : "stmtlint");
        var library = Path.Combine(folder, "stmtlint.dll");
        ProcessStartInfo start;
        if (File.Exists(managed))
        {
            start = new ProcessStartInfo(managed);
        }
        else if (File.Exists(library))
        {
            // The tool package's managed build has no apphost (a package keeps no execute bit but the
            // command's), so it runs on the dotnet that installed the tool.
            start = new ProcessStartInfo(DotnetHost());
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(library);
            managed = library;
        }
        else
        {
            stderr.WriteLine($"stmtlint: error: {reason.Message}; the managed build that runs C# rules is not at '{managed}'");
            stderr.WriteLine(Hint(args));
            return ExitCodes.Failure;
        }

        start.UseShellExecute = false;
        start.RedirectStandardInput = consumedStdin is not null;
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

    /// <summary>The dotnet host: the one <c>DOTNET_ROOT</c> names, else the first on the PATH.</summary>
    private static string DotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        return !string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : name;
    }
}
