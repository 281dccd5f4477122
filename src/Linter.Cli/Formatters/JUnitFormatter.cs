using System.Globalization;
using System.Text;
using System.Xml;
using Linter.Analysis;

namespace Linter.Cli.Formatters;

/// <summary>
/// The <c>junit</c> format for CI systems that read JUnit XML: one test suite, one test case per
/// checked file (so clean files show as passing), one <c>failure</c> per diagnostic in it at least
/// as severe as <c>--junit-failures</c> (errors by default, so a run that exits 0 shows no failed
/// test), and the less severe ones listed in the test case's <c>system-out</c>. The counts say how
/// many test cases failed, as JUnit's do.
/// </summary>
/// <remarks>
/// The opening <c>testsuites</c> and <c>testsuite</c> tags carry the counts and the time, known only
/// at the end, so the test cases are written to a temporary file as they come (under opening tags
/// with placeholder counts) and, at the end, the real opening tags are written followed by the rest of
/// that file. A file rather than memory: a large run's test cases are far larger than its memory should be.
/// </remarks>
internal sealed class JUnitFormatter : IOutputFormatter
{
    /// <summary>The declaration and the two opening tags, one line each, come before the first test case.</summary>
    private const int LinesBeforeTestCases = 3;

    private static readonly XmlWriterSettings s_settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        OmitXmlDeclaration = false,
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
    };

    private readonly Severity _failuresFrom;
    private TextWriter _writer = TextWriter.Null;
    private int _failedCases;
    private TemporaryTextFile? _spool;
    private XmlWriter? _xml;

    /// <param name="failuresFrom">The least severe diagnostic that fails a test case.</param>
    public JUnitFormatter(Severity failuresFrom = Severity.Error)
    {
        _failuresFrom = failuresFrom;
    }

    public void Start(TextWriter writer)
    {
        _writer = writer;
        _spool = new TemporaryTextFile();
        _xml = XmlWriter.Create(_spool.Writer, s_settings);
        WriteOpening(_xml, tests: 0, failures: 0, TimeSpan.Zero);
    }

    public void WriteFile(FileReport file)
    {
        var xml = _xml ?? throw new InvalidOperationException("Start was not called");
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", ToolInfo.Name);
        // XML cannot hold most control characters at all (XmlWriter throws on ESC); escaped, they are visible instead.
        xml.WriteAttributeString("name", TerminalText.Escape(file.DisplayPath.Replace('\\', '/')));
        xml.WriteAttributeString("file", TerminalText.Escape(file.DisplayPath.Replace('\\', '/')));
        var failed = false;
        foreach (var diagnostic in file.Diagnostics.Where(d => d.Severity <= _failuresFrom))
        {
            failed = true;
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", $"{diagnostic.Id} {diagnostic.Descriptor.Name}");
            xml.WriteAttributeString("message", TerminalText.Escape(diagnostic.Message));
            xml.WriteString(MsBuildFormatter.Format(file.DisplayPath, diagnostic));
            xml.WriteEndElement();
        }

        var listed = file.Diagnostics.Where(d => d.Severity > _failuresFrom).Select(d => MsBuildFormatter.Format(file.DisplayPath, d)).ToList();
        if (listed.Count > 0)
        {
            xml.WriteElementString("system-out", string.Join('\n', listed));
        }

        _failedCases += failed ? 1 : 0;
        xml.WriteEndElement();
    }

    public void End(RunTotals totals, TimeSpan elapsed)
    {
        var (spool, xml) = (_spool, _xml) is ({ } s, { } x) ? (s, x) : throw new InvalidOperationException("Start was not called");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        if (totals.Files == 0)
        {
            // Without test cases the suite's tag closes itself: the whole document is its opening.
            _writer.WriteLine(Declared(Document(totals.Files, _failedCases, elapsed, withTestCase: false)));
            return;
        }

        var opening = Declared(Document(totals.Files, _failedCases, elapsed, withTestCase: true));
        var end = -1;
        for (var i = 0; i < LinesBeforeTestCases; i++)
        {
            end = opening.IndexOf('\n', end + 1);
        }

        _writer.Write(opening.AsSpan(0, end + 1));
        using var reader = spool.OpenReader();
        for (var i = 0; i < LinesBeforeTestCases; i++)
        {
            _ = reader.ReadLine();
        }

        TemporaryTextFile.CopyRest(reader, _writer);
        _writer.WriteLine();
    }

    public void Dispose()
    {
        _xml?.Dispose();
        _spool?.Dispose();
    }

    /// <summary>The opening tags with the real counts, closed right away, or followed by the start of a test case so that they stay open.</summary>
    private static string Document(int tests, int failures, TimeSpan elapsed, bool withTestCase)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(builder, CultureInfo.InvariantCulture), s_settings))
        {
            WriteOpening(xml, tests, failures, elapsed);
            if (withTestCase)
            {
                xml.WriteStartElement("testcase");
                xml.Flush();
                return builder.ToString();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.ToString();
    }

    // StringWriter reports UTF-16; the file and stdout are UTF-8, so the declaration must say so.
    private static string Declared(string text) => text.Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);

    private static void WriteOpening(XmlWriter xml, int tests, int failures, TimeSpan elapsed)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", ToolInfo.Name);
        WriteCounts(xml, tests, failures, elapsed);
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", ToolInfo.Name);
        WriteCounts(xml, tests, failures, elapsed);
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures, TimeSpan elapsed)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("time", elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture));
    }
}
