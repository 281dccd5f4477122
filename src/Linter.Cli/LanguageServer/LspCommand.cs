using Linter.Cli.Formatters;

namespace Linter.Cli.LanguageServer;

/// <summary><c>stmtlint lsp</c>: the language server on standard input and output, its log on standard error.</summary>
internal static class LspCommand
{
    public static int Run(Stream input, Stream output, TextWriter log, string currentDirectory, CliEnvironment environment)
    {
        var options = new LanguageServerOptions
        {
            CurrentDirectory = currentDirectory,
            Environment = environment,
            Log = message =>
            {
                lock (log)
                {
                    log.WriteLine($"stmtlint lsp: {TerminalText.Escape(message)}");
                    log.Flush();
                }
            },
        };
        using var server = new StmtlintLanguageServer(input, output, options);
        return server.RunAsync().GetAwaiter().GetResult();
    }
}
