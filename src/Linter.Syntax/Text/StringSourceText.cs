using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax;

/// <summary>
/// A <see cref="SourceText"/> over a string, as <see cref="SourceText.From(string, Encoding?, SourceHashAlgorithm)"/>
/// makes, whose line table is found with a vectorised search for line breaks.
/// </summary>
/// <remarks>
/// Every document needs its line table (diagnostic locations, rules that read lines). Roslyn's text
/// builds it a character at a time through callbacks over copied chunks, which showed as about 2% of
/// a whole <c>check</c> run. The lines here follow Roslyn's rules exactly (CR, LF, CR LF as one break,
/// NEL, LS, PS), so positions and line numbers are the same; everything else behaves as Roslyn's
/// string text does.
/// </remarks>
internal sealed class StringSourceText : SourceText
{
    private readonly string _source;
    private readonly Encoding? _encoding;

    public StringSourceText(string source, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _encoding = encoding;
    }

    public override Encoding? Encoding => _encoding;

    public override int Length => _source.Length;

    public override char this[int position] => _source[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        _source.CopyTo(sourceIndex, destination, destinationIndex, count);

    public override string ToString() => _source;

    public override string ToString(TextSpan span)
    {
        if (span.End > _source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span));
        }

        return span.Start == 0 && span.Length == _source.Length ? _source : _source.Substring(span.Start, span.Length);
    }

    public override void Write(TextWriter writer, TextSpan span, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (span.End > _source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (span.Start == 0 && span.Length == _source.Length)
        {
            writer.Write(_source);
        }
        else
        {
            writer.Write(_source.AsSpan(span.Start, span.Length));
        }
    }

    protected override TextLineCollection GetLinesCore() => new LineStartTable(this, LineStartTable.FindLineStarts(_source, out var count), count);
}
