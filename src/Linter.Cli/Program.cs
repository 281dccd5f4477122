using System.Text;
using Linter.CustomRules;

namespace Linter.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        // Documents are full of non-ASCII text (language bars, curly quotes); a legacy console code page would mangle it.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        // Standard input is read whole (only by 'check -'), and kept: a run handed to the managed build needs it again.
        byte[]? stdin = null;
        Stream OpenStdin()
        {
            if (stdin is null)
            {
                using var buffer = new MemoryStream();
                Console.OpenStandardInput().CopyTo(buffer);
                stdin = buffer.ToArray();
            }

            return new MemoryStream(stdin, writable: false);
        }

        // Results are written line by line as files finish. Into a pipe or a file, Console.Out would make each line a
        // system call of its own (a large run writes millions); a terminal keeps it, to show each line as it comes.
        var stdout = Console.IsOutputRedirected
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024)
            : Console.Out;
        var stderr = new BestEffortWriter(Console.Error);
        int exitCode;
        try
        {
            exitCode = new StmtlintApp(stdout, stderr, Environment.CurrentDirectory, OpenStdin, Formatters.CliEnvironment.FromProcess()).Run(args);
        }
        catch (CodeRulesNotSupportedException e)
        {
            // Only the native build gets here: it met a C# rule file before checking anything.
            exitCode = ManagedBuildHandoff.Run(args, stdin, e, stderr);
        }
        finally
        {
            stdout.Flush();
        }

        // Messages that could not be written (a full disk under stderr) make the run a failure:
        // whoever reads its output did not see all of it.
        return stderr.Failed ? ExitCodes.Failure : exitCode;
    }
}
