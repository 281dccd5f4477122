namespace Linter.Cli.Formatters;

/// <summary>
/// Every output of one run (the <c>--format</c>/<c>--output</c> pairs), open together for the
/// whole run: each checked file goes to every formatter as it is reported, and at the end each
/// output is finished in command-line order. A file output is written to a temporary file and
/// renamed over its target only when finished (<see cref="AtomicFile"/>), so a reader never sees
/// half of it and a run that fails leaves it as it was.
/// </summary>
internal sealed class RunOutputs : IDisposable
{
    private readonly List<Output> _outputs = [];

    private RunOutputs()
    {
    }

    /// <summary>Opens the outputs and starts each formatter.</summary>
    /// <param name="requests">What to write where, in command-line order.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stdoutColour">Whether pretty output to stdout may use colour.</param>
    /// <param name="holdStdout">
    /// Whether what goes to stdout must wait until the end (in a temporary file, not memory) because
    /// something else is written to stdout during the run: <c>--fix --dry-run</c>'s diffs come first.
    /// </param>
    /// <param name="currentDirectory">What relative paths are resolved against.</param>
    public static RunOutputs Open(IReadOnlyList<OutputRequest> requests, TextWriter stdout, bool stdoutColour, bool holdStdout, string currentDirectory)
    {
        var outputs = new RunOutputs();
        try
        {
            foreach (var request in requests)
            {
                var formatter = OutputFormats.Create(request.Format, request.Path is null && stdoutColour, currentDirectory);
                var output = request.Path is not null
                    ? new Output(formatter, AtomicFile.Open(PathResolver.ToFullPath(request.Path, currentDirectory)), null, null)
                    : holdStdout ? new Output(formatter, null, new TemporaryTextFile(), stdout) : new Output(formatter, null, null, stdout);
                outputs._outputs.Add(output);
                formatter.Start(output.Writer);
            }

            return outputs;
        }
        catch
        {
            outputs.Dispose();
            throw;
        }
    }

    /// <summary>Writes one checked file to every output.</summary>
    public void Write(FileReport file)
    {
        foreach (var output in _outputs)
        {
            output.Formatter.WriteFile(file);
        }
    }

    /// <summary>Finishes every output in command-line order: held stdout is copied out, files are put in place.</summary>
    public void End(RunTotals totals, TimeSpan elapsed)
    {
        foreach (var output in _outputs)
        {
            output.Formatter.End(totals, elapsed);
            output.Held?.CopyTo(output.Stdout!);
            output.File?.Commit();
        }
    }

    public void Dispose()
    {
        foreach (var output in _outputs)
        {
            output.Formatter.Dispose();
            output.Held?.Dispose();
            output.File?.Dispose();
        }
    }

    /// <summary>One open output: a file, stdout held in a temporary file, or stdout itself.</summary>
    private sealed record Output(IOutputFormatter Formatter, AtomicFile? File, TemporaryTextFile? Held, TextWriter? Stdout)
    {
        public TextWriter Writer => File?.Writer ?? Held?.Writer ?? Stdout!;
    }
}
