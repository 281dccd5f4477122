using System.Globalization;
using Linter.Analysis;

namespace Linter.Cli;

/// <summary>
/// The msbuild diagnostic line, <c>path(line,col,endLine,endCol): error SL1001: message [name]</c>,
/// which editors' problem matchers and CI log parsers already understand. Positions are 1-based.
/// Path and message are escaped (<see cref="TerminalText"/>), so one diagnostic is always one line.
/// </summary>
internal static class MsBuildFormatter
{
    public static string Format(string displayPath, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.LineSpan;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{TerminalText.Escape(displayPath)}({span.Start.Line + 1},{span.Start.Character + 1},{span.End.Line + 1},{span.End.Character + 1}): {SeverityWord(diagnostic.Severity)} {diagnostic.Id}: {TerminalText.Escape(diagnostic.Message)} [{diagnostic.Descriptor.Name}]");
    }

    private static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };
}
