namespace Linter.Cli.Tests;

/// <summary>Finds a program the way a shell does, for the tests that drive other tools (Neovim, pre-commit, Chromium).</summary>
internal static class ExecutableOnPath
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
