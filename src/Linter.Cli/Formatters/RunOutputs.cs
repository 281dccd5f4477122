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
    private readonly List<string> _failures = [];

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
    /// <param name="settings">The formatters' own options and environment.</param>
    public static RunOutputs Open(IReadOnlyList<OutputRequest> requests, TextWriter stdout, bool stdoutColour, bool holdStdout, string currentDirectory, FormatterSettings? settings = null)
    {
        var outputs = new RunOutputs();
        try
        {
            foreach (var request in requests)
            {
                var formatter = OutputFormats.Create(request.Format, request.Path is null && stdoutColour, currentDirectory, settings);
                var output = request.Path is not null
                    ? new Output(formatter, AtomicFile.Open(PathResolver.ToFullPath(request.Path, currentDirectory)), null, null)
                    : holdStdout ? new Output(formatter, null, new TemporaryTextFile(), stdout) : new Output(formatter, null, null, stdout);
                output.Format = request.Format;
                output.Path = request.Path;
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

    /// <summary>Why outputs failed, one line each, in command-line order; a failed output was left as it was and the others were still written.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Writes one checked file to every output that has not failed.</summary>
    public void Write(FileReport file)
    {
        foreach (var output in _outputs)
        {
            Guard(output, () => output.Formatter.WriteFile(file));
        }
    }

    /// <summary>Finishes every output that has not failed, in command-line order: held stdout is copied out, files are put in place.</summary>
    public void End(RunTotals totals, TimeSpan elapsed)
    {
        foreach (var output in _outputs)
        {
            Guard(output, () =>
            {
                output.Formatter.End(totals, elapsed);
                output.Held?.CopyTo(output.Stdout!);
                output.File?.Commit();
            });
        }
    }

    /// <summary>
    /// Runs one output's step, unless it failed before. A failing output (a full disk, a formatter
    /// that cannot write a value) must not take the others with it: it is recorded, never committed,
    /// and the run ends with exit code 2.
    /// </summary>
    private void Guard(Output output, Action step)
    {
        if (output.Failed)
        {
            return;
        }

        try
        {
            step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            output.Failed = true;
            _failures.Add($"stmtlint: error: the {output.Format} output{(output.Path is null ? " to stdout" : $" '{TerminalText.Escape(output.Path)}'")} could not be written: {TerminalText.Escape(e.Message)}");
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

        /// <summary>The format's name and the <c>--output</c> path (null for stdout), for the failure message.</summary>
        public string Format { get; set; } = string.Empty;

        public string? Path { get; set; }

        /// <summary>Set once a step failed: nothing more is written to it and it is not committed.</summary>
        public bool Failed { get; set; }
    }
}
