using System.Globalization;
using System.Text;
using System.Xml;

namespace Linter.Cli.Formatters;

/// <summary>
/// The <c>junit</c> format for CI systems that read JUnit XML: one test suite, one test case per
/// checked file (so clean files show as passing), one <c>failure</c> per diagnostic in it.
/// </summary>
internal sealed class JUnitFormatter : IOutputFormatter
{
    public void Write(LintRun run, TextWriter writer)
    {
        var failures = run.Files.Sum(f => f.Diagnostics.Length);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(builder, CultureInfo.InvariantCulture), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", ToolInfo.Name);
            WriteCounts(xml, run, failures);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", ToolInfo.Name);
            WriteCounts(xml, run, failures);
            foreach (var file in run.Files)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", ToolInfo.Name);
                xml.WriteAttributeString("name", file.DisplayPath.Replace('\\', '/'));
                xml.WriteAttributeString("file", file.DisplayPath.Replace('\\', '/'));
                foreach (var diagnostic in file.Diagnostics)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", $"{diagnostic.Id} {diagnostic.Descriptor.Name}");
                    xml.WriteAttributeString("message", diagnostic.Message);
                    xml.WriteString(MsBuildFormatter.Format(file.DisplayPath, diagnostic));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringWriter reports UTF-16; the file and stdout are UTF-8, so the declaration must say so.
        writer.WriteLine(builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal));
    }

    private static void WriteCounts(XmlWriter xml, LintRun run, int failures)
    {
        xml.WriteAttributeString("tests", run.Files.Length.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("time", run.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture));
    }
}
