using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Syntax.Dump;

/// <summary>
/// Writes a syntax tree as text (one node, token or trivia per line) or as JSON, so that rule authors
/// can see exactly what their rules see.
/// </summary>
/// <remarks>
/// Both forms walk the tree with an explicit stack of child enumerators rather than recursion: a
/// deeply nested document (thousands of block quotes) must not overflow the machine stack.
/// Positions are character offsets into the text; spans are half-open and exclude trivia; line and
/// column are 1-based and give the start of the span.
/// </remarks>
public static class SyntaxTreeDumper
{
    /// <summary>The JSON writer would otherwise refuse trees deeper than 1,000 levels; each tree level uses two JSON levels.</summary>
    private const int MaxJsonDepth = int.MaxValue;

    /// <summary>Returns the text form of <paramref name="node"/> and everything below it.</summary>
    /// <param name="node">The node to dump, usually <c>tree.Root</c>.</param>
    /// <param name="includeTrivia">Also write each token's leading and trailing trivia, one line each, under the token.</param>
    public static string Dump(SyntaxNode node, bool includeTrivia = false)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Dump(node, writer, includeTrivia);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the text form: <c>Kind [start..end) line:col</c>, followed for tokens and trivia by
    /// their text as a JSON string; two spaces of indentation per depth; lines end with "\n".
    /// </summary>
    public static void Dump(SyntaxNode node, TextWriter writer, bool includeTrivia = false)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(writer);

        var lines = node.Tree.Text.Lines;
        var spans = ComputeSpans(node);
        var line = new StringBuilder();
        AppendHead(line, node.Kind, spans[node], lines, depth: 0);
        Flush(line, writer);

        var stack = new Stack<IEnumerator<SyntaxNodeOrToken>>();
        stack.Push(node.ChildNodesAndTokens().GetEnumerator());
        while (stack.Count > 0)
        {
            var children = stack.Peek();
            if (!children.MoveNext())
            {
                children.Dispose();
                stack.Pop();
                continue;
            }

            var depth = stack.Count;
            var child = children.Current;
            if (child.IsNode)
            {
                var childNode = child.AsNode();
                AppendHead(line, childNode.Kind, spans[childNode], lines, depth);
                Flush(line, writer);
                stack.Push(childNode.ChildNodesAndTokens().GetEnumerator());
                continue;
            }

            var token = child.AsToken();
            WriteElementLine(line, token.Kind, token.Span, token.Text, lines, depth);
            Flush(line, writer);
            if (includeTrivia)
            {
                WriteTriviaLines(line, writer, token, lines, depth + 1);
            }
        }
    }

    /// <summary>Returns the JSON form of <paramref name="node"/>, indented.</summary>
    public static string DumpJson(SyntaxNode node, bool indented = true)
    {
        using var stream = new MemoryStream();
        DumpJson(node, stream, indented);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Writes the JSON form as UTF-8: nested objects
    /// <c>{kind, span:{start,end}, fullSpan:{start,end}, line, column, text?, leadingTrivia?, trailingTrivia?, children?}</c>;
    /// nodes have <c>children</c>, tokens have <c>text</c> and their trivia.
    /// </summary>
    public static void DumpJson(SyntaxNode node, Stream utf8Json, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(utf8Json);

        var options = new JsonWriterOptions
        {
            Indented = indented,
            MaxDepth = MaxJsonDepth,

            // The dump is read by people and tools, never embedded in HTML, so non-ASCII text stays readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var writer = new Utf8JsonWriter(utf8Json, options);
        var lines = node.Tree.Text.Lines;
        var spans = ComputeSpans(node);

        WriteNodeStart(writer, node, spans[node], lines);
        var stack = new Stack<IEnumerator<SyntaxNodeOrToken>>();
        stack.Push(node.ChildNodesAndTokens().GetEnumerator());
        while (stack.Count > 0)
        {
            var children = stack.Peek();
            if (!children.MoveNext())
            {
                children.Dispose();
                stack.Pop();
                writer.WriteEndArray();
                writer.WriteEndObject();
                continue;
            }

            var child = children.Current;
            if (child.IsNode)
            {
                var childNode = child.AsNode();
                WriteNodeStart(writer, childNode, spans[childNode], lines);
                stack.Push(childNode.ChildNodesAndTokens().GetEnumerator());
            }
            else
            {
                WriteToken(writer, child.AsToken(), lines);
            }
        }

        writer.Flush();
    }

    /// <summary>
    /// Quotes <paramref name="text"/> as a JSON string. Besides what JSON requires, every character
    /// that is invisible or ambiguous on screen (U+2002, no-break spaces, line separators, format
    /// characters, lone surrogates) is written as <c>\uXXXX</c>, because those are often what a
    /// reader of the dump is looking for.
    /// </summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2);
        AppendQuoted(builder, text);
        return builder.ToString();
    }

    /// <summary>
    /// Computes <see cref="SyntaxNode.Span"/> of every node in one post-order pass. Asking each node
    /// for its span would search its subtree for the first and last token, which is quadratic on a
    /// deep tree (minutes for 10,000 levels); the result here is the same, in linear time.
    /// </summary>
    private static Dictionary<SyntaxNode, TextSpan> ComputeSpans(SyntaxNode root)
    {
        var spans = new Dictionary<SyntaxNode, TextSpan>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<SpanFrame>();
        stack.Push(new SpanFrame(root));
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (frame.Children.MoveNext())
            {
                var child = frame.Children.Current;
                if (child.IsNode)
                {
                    stack.Push(new SpanFrame(child.AsNode()));
                }
                else if (!child.AsToken().IsMissing)
                {
                    frame.Add(child.AsToken().Span);
                }

                continue;
            }

            frame.Children.Dispose();
            stack.Pop();
            var span = frame.First is { } first
                ? TextSpan.FromBounds(first, Math.Max(first, frame.LastEnd))
                : new TextSpan(frame.Node.FullSpan.Start, 0);
            spans.Add(frame.Node, span);
            if (frame.First is not null && stack.Count > 0)
            {
                stack.Peek().Add(span);
            }
        }

        return spans;
    }

    private static void WriteTriviaLines(StringBuilder line, TextWriter writer, SyntaxToken token, TextLineCollection lines, int depth)
    {
        foreach (var trivia in token.LeadingTrivia)
        {
            WriteElementLine(line, trivia.Kind, trivia.Span, trivia.Text, lines, depth);
            Flush(line, writer);
        }

        foreach (var trivia in token.TrailingTrivia)
        {
            WriteElementLine(line, trivia.Kind, trivia.Span, trivia.Text, lines, depth);
            Flush(line, writer);
        }
    }

    private static void WriteElementLine(StringBuilder line, SyntaxKind kind, TextSpan span, string text, TextLineCollection lines, int depth)
    {
        AppendHead(line, kind, span, lines, depth);
        line.Append(' ');
        AppendQuoted(line, text);
    }

    private static void AppendHead(StringBuilder line, SyntaxKind kind, TextSpan span, TextLineCollection lines, int depth)
    {
        var position = lines.GetLinePosition(span.Start);
        line.Append(' ', depth * 2)
            .Append(kind.ToString())
            .Append(" [")
            .Append(span.Start.ToString(CultureInfo.InvariantCulture))
            .Append("..")
            .Append(span.End.ToString(CultureInfo.InvariantCulture))
            .Append(") ")
            .Append((position.Line + 1).ToString(CultureInfo.InvariantCulture))
            .Append(':')
            .Append((position.Character + 1).ToString(CultureInfo.InvariantCulture));
    }

    private static void Flush(StringBuilder line, TextWriter writer)
    {
        line.Append('\n');
        writer.Write(line);
        line.Clear();
    }

    private static void WriteNodeStart(Utf8JsonWriter writer, SyntaxNode node, TextSpan span, TextLineCollection lines)
    {
        writer.WriteStartObject();
        WriteCommon(writer, node.Kind, span, node.FullSpan, lines);
        writer.WriteStartArray("children");
    }

    private static void WriteToken(Utf8JsonWriter writer, SyntaxToken token, TextLineCollection lines)
    {
        writer.WriteStartObject();
        WriteCommon(writer, token.Kind, token.Span, token.FullSpan, lines);
        writer.WriteString("text", token.Text);
        if (token.IsMissing)
        {
            writer.WriteBoolean("isMissing", true);
        }

        WriteTriviaArray(writer, "leadingTrivia", token.LeadingTrivia, lines);
        WriteTriviaArray(writer, "trailingTrivia", token.TrailingTrivia, lines);
        writer.WriteEndObject();
    }

    private static void WriteTriviaArray(Utf8JsonWriter writer, string name, SyntaxTriviaList trivia, TextLineCollection lines)
    {
        writer.WriteStartArray(name);
        foreach (var t in trivia)
        {
            writer.WriteStartObject();
            WriteCommon(writer, t.Kind, t.Span, t.Span, lines);
            writer.WriteString("text", t.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCommon(Utf8JsonWriter writer, SyntaxKind kind, TextSpan span, TextSpan fullSpan, TextLineCollection lines)
    {
        writer.WriteString("kind", kind.ToString());
        WriteSpan(writer, "span", span);
        WriteSpan(writer, "fullSpan", fullSpan);
        var position = lines.GetLinePosition(span.Start);
        writer.WriteNumber("line", position.Line + 1);
        writer.WriteNumber("column", position.Character + 1);
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan span)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteEndObject();
    }

    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    continue;
                case '\\':
                    builder.Append("\\\\");
                    continue;
                case '\n':
                    builder.Append("\\n");
                    continue;
                case '\r':
                    builder.Append("\\r");
                    continue;
                case '\t':
                    builder.Append("\\t");
                    continue;
                default:
                    break;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
    }

    private static bool NeedsEscape(char c)
    {
        if (c == ' ')
        {
            return false;
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.Control
            or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Format
            or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned;
    }
}
