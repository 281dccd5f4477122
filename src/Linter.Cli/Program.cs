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

        try
        {
            return new StmtlintApp(Console.Out, Console.Error, Environment.CurrentDirectory, OpenStdin, Formatters.CliEnvironment.FromProcess()).Run(args);
        }
        catch (CodeRulesNotSupportedException e)
        {
            // Only the native build gets here: it met a C# rule file before checking anything.
            return ManagedBuildHandoff.Run(args, stdin, e, Console.Error);
        }
    }
}
