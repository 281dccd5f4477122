using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Linter.Analysis.Configuration;

/// <summary>
/// Loads YAML that a person wrote (configuration, rule files) into a node tree, turning every way the
/// YAML reader can fail into one positioned message.
/// </summary>
public static partial class YamlText
{
    /// <summary>
    /// The loaded stream, or null with the 1-based position and message of the mistake. Besides its
    /// own exceptions, the reader throws <see cref="InvalidOperationException"/> on some malformed
    /// input (an unclosed flow list before a mapping key); that is placed at the last token it read.
    /// </summary>
    public static YamlStream? TryLoad(string text, out (int Line, int Column, string Message) error)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
            error = default;
            return stream;
        }
        catch (YamlException e)
        {
            var message = PositionPrefix().Replace(e.InnerException is YamlException inner ? inner.Message : e.Message, "");
            error = ((int)e.Start.Line, (int)e.Start.Column, "invalid YAML: " + message);
            return null;
        }
        catch (InvalidOperationException)
        {
            var (line, column) = LastReadablePosition(text);
            error = (line, column, "invalid YAML: the text after this point cannot be read (is a '[' or '{' left open?)");
            return null;
        }
    }

    /// <summary>Where the last token the scanner could read begins.</summary>
    private static (int Line, int Column) LastReadablePosition(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        Mark last = Mark.Empty;
        try
        {
            while (scanner.MoveNext())
            {
                last = scanner.Current?.Start ?? last;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The failure is the point: the last mark read is where the reader gave up.
        }

        return ((int)Math.Max(1, last.Line), (int)Math.Max(1, last.Column));
    }

    // YamlDotNet starts its messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the position is reported on its own.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
