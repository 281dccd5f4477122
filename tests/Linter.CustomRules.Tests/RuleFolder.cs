namespace Linter.CustomRules.Tests;

/// <summary>A temporary folder of rule files, deleted when disposed.</summary>
internal sealed class RuleFolder : IDisposable
{
    public RuleFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "stmtlint-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the system in time.
        }
    }
}
