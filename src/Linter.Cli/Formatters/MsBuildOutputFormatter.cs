namespace Linter.Cli.Formatters;

/// <summary>The <c>msbuild</c> format: one <see cref="MsBuildFormatter"/> line per diagnostic, nothing else.</summary>
internal sealed class MsBuildOutputFormatter : IOutputFormatter
{
    public void Write(LintRun run, TextWriter writer)
    {
        foreach (var file in run.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                writer.WriteLine(MsBuildFormatter.Format(file.DisplayPath, diagnostic));
            }
        }
    }
}
