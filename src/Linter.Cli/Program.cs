using System.Text;

namespace Linter.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        // Documents are full of non-ASCII text (language bars, curly quotes); a legacy console code page would mangle it.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new StmtlintApp(Console.Out, Console.Error, Environment.CurrentDirectory, environment: Formatters.CliEnvironment.FromProcess()).Run(args);
    }
}
