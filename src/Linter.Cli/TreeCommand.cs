using Linter.Syntax;
using Linter.Syntax.Dump;
using Linter.Analysis.IO;

namespace Linter.Cli;

/// <summary><c>stmtlint tree FILE [--json] [--trivia]</c>: prints the syntax tree rules see.</summary>
internal sealed class TreeCommand
{
    private readonly TextWriter _stdout;
    private readonly string _currentDirectory;

    public TreeCommand(TextWriter stdout, string currentDirectory)
    {
        _stdout = stdout;
        _currentDirectory = currentDirectory;
    }

    public int Run(string file, bool json, bool includeTrivia)
    {
        var full = PathResolver.ToFullPath(file, _currentDirectory);
        if (!File.Exists(full))
        {
            throw new UsageException(Directory.Exists(full) ? $"path '{file}' is a directory, not a file" : $"path '{file}' does not exist");
        }

        byte[] bytes;
        try
        {
            bytes = BoundedFile.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{file}': {e.Message}", e);
        }

        var tree = SyntaxTree.Parse(bytes, PathResolver.ToDisplayPath(full, _currentDirectory));
        if (json)
        {
            _stdout.WriteLine(SyntaxTreeDumper.DumpJson(tree.Root));
        }
        else
        {
            SyntaxTreeDumper.Dump(tree.Root, _stdout, includeTrivia);
        }

        return ExitCodes.Success;
    }
}
