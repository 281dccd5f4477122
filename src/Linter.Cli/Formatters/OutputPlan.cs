namespace Linter.Cli.Formatters;

/// <summary>
/// Pairs <c>--format</c> and <c>--output</c> options in the order given. The rule: an
/// <c>--output FILE</c> belongs to the nearest <c>--format</c> before it; a <c>--format</c> with no
/// <c>--output</c> after it (before the next <c>--format</c>) writes to stdout, and at most one
/// may; an <c>--output</c> before any <c>--format</c> writes the default format (so
/// <c>--output out.txt</c> alone works). No format at all means the default format to stdout.
/// </summary>
internal static class OutputPlan
{
    /// <summary>The outputs of a run, from the option tokens in command-line order.</summary>
    /// <param name="options">(option name, value) in order: <c>("--format", "sarif")</c>, <c>("--output", "x.sarif")</c>.</param>
    /// <param name="environment">Decides the default format.</param>
    /// <exception cref="UsageException">Two outputs to stdout, two outputs to one file, or two files for one format.</exception>
    public static IReadOnlyList<OutputRequest> Build(IEnumerable<(string Option, string Value)> options, CliEnvironment environment)
    {
        var outputs = new List<OutputRequest>();
        string? pendingFormat = null;
        foreach (var (option, value) in options)
        {
            if (option == "--format")
            {
                if (pendingFormat is not null)
                {
                    outputs.Add(new OutputRequest(pendingFormat, null));
                }

                pendingFormat = value;
            }
            else
            {
                outputs.Add(new OutputRequest(pendingFormat ?? OutputFormats.Default(environment), value));
                pendingFormat = null;
            }
        }

        if (pendingFormat is not null)
        {
            outputs.Add(new OutputRequest(pendingFormat, null));
        }

        if (outputs.Count == 0)
        {
            outputs.Add(new OutputRequest(OutputFormats.Default(environment), null));
        }

        var toStdout = outputs.Where(o => o.Path is null).Select(o => o.Format).ToList();
        if (toStdout.Count > 1)
        {
            throw new UsageException($"formats {string.Join(" and ", toStdout)} would both write to stdout; give all but one an --output FILE after its --format");
        }

        var duplicate = outputs.Where(o => o.Path is not null).GroupBy(o => o.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UsageException($"--output '{duplicate.Key}' is given more than once");
        }

        return outputs;
    }
}
