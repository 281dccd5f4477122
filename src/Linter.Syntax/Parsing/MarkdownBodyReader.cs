using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;
using MarkdigBlock = Markdig.Syntax.Block;

namespace Linter.Syntax.Parsing;

/// <summary>
/// Turns the Markdown body (everything after the front matter) into blocks and lex ranges using Markdig's
/// CommonMark parse with precise source locations.
/// </summary>
/// <remarks>
/// Markdig tells us where prose is: the inlines of paragraphs and headings, the lines of code and HTML
/// blocks. Inside inlines we mark delimiters, brackets, escapes and tags as markup. Every other non-blank
/// character of the body — block-quote markers on each line, list bullets, heading hashes, setext
/// underlines, code fences, thematic breaks, link reference definitions — is markup too, which is
/// found as the complement of what the blocks claimed. Positions are kept relative to the body while
/// reading and shifted by the body's offset when added to the segmentation.
/// </remarks>
internal sealed class MarkdownBodyReader
{
    /// <summary>Inlines nested deeper than this (emphasis inside emphasis …) are kept as verbatim text.</summary>
    private const int MaxInlineDepth = 64;

    /// <summary>Blocks nested deeper than this are kept as verbatim text; <see cref="NestingGuard"/> normally stops far earlier.</summary>
    private const int MaxBlockDepth = 128;

    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>The body with over-deep line tails blanked; every position refers to it and to the original body alike.</summary>
    private readonly string _work;
    private readonly int _offset;
    private readonly Segmentation _result;
    private readonly List<LexRange> _ranges = [];

    /// <summary>Body intervals whose text is accounted for (prose, verbatim or tokens); the rest is markup.</summary>
    private readonly List<(int Start, int End)> _covered = [];

    // Work lists for the inline walks, kept for the whole body: a fresh stack per paragraph and per
    // extent, and a list per container, were most of the segmenter's own allocation.
    private readonly Stack<(Inline Inline, int Depth)> _inlineWalk = new();
    private readonly Stack<(Inline Inline, int Depth)> _extentWalk = new();
    private readonly List<Inline> _children = [];

    private MarkdownBodyReader(string work, int offset, Segmentation result)
    {
        _work = work;
        _offset = offset;
        _result = result;
    }

    /// <summary>Reads the body that starts at <paramref name="bodyStart"/> into <paramref name="result"/>.</summary>
    public static void Read(string text, int bodyStart, Segmentation result)
    {
        if (bodyStart >= text.Length)
        {
            return;
        }

        var body = bodyStart == 0 ? text : text[bodyStart..];
        var blanked = new List<(int Start, int End)>();
        var work = NestingGuard.Apply(BlankWhitespaceOnlyLines(body), blanked);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(work, s_pipeline);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Markdig rejects some input (for example nesting past its depth limit) with an exception; keep the body as text.
            AddVerbatimBody(body, bodyStart, result, "the Markdown body could not be parsed and is kept as verbatim text: " + exception.Message);
            return;
        }

        var reader = new MarkdownBodyReader(work, bodyStart, result);
        foreach (var child in document)
        {
            if (reader.Convert(child, 0) is { } block)
            {
                result.Blocks.Add(block);
            }
        }

        reader.AddBlanked(body, blanked);
        SegmenterText.AddMarkupOutside(work, 0, work.Length, reader._covered, 0, reader._ranges);
        foreach (var range in reader._ranges)
        {
            result.Ranges.Add(range with { Start = range.Start + bodyStart, End = range.End + bodyStart });
        }
    }

    /// <summary>
    /// Lines that hold only spaces of any kind (U+00A0 in web transcripts: "MS. PSAKI:" follows such a
    /// line) look blank to a reader, but CommonMark counts only ASCII spaces and tabs as blank. Markdig
    /// is given a copy in which such lines are ASCII spaces of the same length, so offsets still hold.
    /// </summary>
    private static string BlankWhitespaceOnlyLines(string body)
    {
        char[]? copy = null;
        var lineStart = 0;
        while (lineStart < body.Length)
        {
            var lineEnd = lineStart;
            var hasUnicodeSpace = false;
            while (lineEnd < body.Length && body[lineEnd] is var c && SyntaxFacts.IsWhitespace(c))
            {
                hasUnicodeSpace |= c is not (' ' or '\t');
                lineEnd++;
            }

            if (lineEnd < body.Length && !SyntaxFacts.IsLineBreak(body[lineEnd]))
            {
                // Something other than a space: not a blank line, and the rest of it need not be looked at one character at a time.
                var rest = body.AsSpan(lineEnd).IndexOfAny(SyntaxFacts.LineBreaks);
                lineEnd = rest < 0 ? body.Length : lineEnd + rest;
            }
            else if (hasUnicodeSpace)
            {
                copy ??= body.ToCharArray();
                Array.Fill(copy, ' ', lineStart, lineEnd - lineStart);
            }

            lineStart = lineEnd + 1;
        }

        return copy is null ? body : new string(copy);
    }

    /// <summary>Keeps a whole body as one verbatim range inside an HTML-block-kind block, with a diagnostic.</summary>
    public static void AddVerbatimBody(string body, int bodyStart, Segmentation result, string message)
    {
        result.Diagnostics.Add(new SyntaxDiagnostic(SyntaxDiagnosticIds.SyntaxError, new TextSpan(bodyStart, 0), message));
        var start = 0;
        while (start < body.Length && (SyntaxFacts.IsWhitespace(body[start]) || SyntaxFacts.IsLineBreak(body[start])))
        {
            start++;
        }

        var end = SegmenterText.TrimEnd(body, start, body.Length);
        if (end > start)
        {
            result.Ranges.Add(new LexRange(start + bodyStart, end + bodyStart, LexMode.Verbatim));
            result.Blocks.Add(new Block(BlockKind.HtmlBlock, start + bodyStart, end + bodyStart));
        }
    }

    private Block? Convert(MarkdigBlock block, int depth)
    {
        if (depth >= MaxBlockDepth)
        {
            return Unknown(block);
        }

        switch (block)
        {
            case QuoteBlock quote:
                return Container(BlockKind.BlockQuote, quote, depth);
            case ListBlock list:
                return Container(BlockKind.List, list, depth);
            case ListItemBlock item:
                return Container(BlockKind.ListItem, item, depth);
            case LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock:
                // Link reference definitions are not prose: leaving them unclaimed makes their text markup.
                return null;
            case HeadingBlock heading:
                return InlineLeaf(BlockKind.Heading, heading);
            case ParagraphBlock paragraph:
                return InlineLeaf(BlockKind.Paragraph, paragraph);
            case CodeBlock code:
                return VerbatimLeaf(BlockKind.CodeBlock, code);
            case HtmlBlock html:
                return Html(html);
            case ThematicBreakBlock thematicBreak:
                return NewBlock(BlockKind.ThematicBreak, SpanExtent(thematicBreak, int.MaxValue, int.MinValue));
            default:
                return Unknown(block);
        }
    }

    private Block? Container(BlockKind kind, ContainerBlock container, int depth)
    {
        var children = new List<Block>();
        foreach (var child in container)
        {
            if (Convert(child, depth + 1) is { } converted)
            {
                children.Add(converted);
            }
        }

        var start = int.MaxValue;
        var end = int.MinValue;
        foreach (var child in children)
        {
            start = Math.Min(start, child.Start - _offset);
            end = Math.Max(end, child.End - _offset);
        }

        var block = NewBlock(kind, SpanExtent(container, start, end));
        block?.Children.AddRange(children);
        return block;
    }

    private Block? InlineLeaf(BlockKind kind, LeafBlock leaf)
    {
        if (leaf.Inline is not { } root)
        {
            var (spanStart, spanEnd) = SpanExtent(leaf, int.MaxValue, int.MinValue);
            Cover(spanStart, spanEnd);
            return NewBlock(kind, (spanStart, spanEnd));
        }

        var (start, end) = InlineExtent(root);
        if (start < end)
        {
            Cover(start, end);
            ReadInlines(root);
        }

        return NewBlock(kind, SpanExtent(leaf, start, end));
    }

    private Block? VerbatimLeaf(BlockKind kind, LeafBlock leaf)
    {
        var (start, end) = ReadLines(leaf, (lineStart, lineEnd) =>
        {
            _ranges.Add(new LexRange(lineStart, lineEnd, LexMode.Verbatim));
            Cover(lineStart, lineEnd);
        });
        return NewBlock(kind, SpanExtent(leaf, start, end));
    }

    private Block? Html(HtmlBlock html)
    {
        if (CommentExtent(html) is var (start, end))
        {
            _ranges.Add(new LexRange(start, end, LexMode.Token, SyntaxKind.CommentToken));
            Cover(start, end);
            return NewBlock(BlockKind.Comment, SpanExtent(html, start, end));
        }

        return VerbatimLeaf(BlockKind.HtmlBlock, html);
    }

    /// <summary>A block Markdig made that this reader does not know: its text is kept verbatim.</summary>
    private Block? Unknown(MarkdigBlock block)
    {
        var extent = SpanExtent(block, int.MaxValue, int.MinValue);
        if (block is LeafBlock leaf)
        {
            extent = ReadLines(leaf, (_, _) => { }) is var (s, e) && s < e
                ? (Math.Min(extent.Start, s), Math.Max(extent.End, e))
                : extent;
        }

        var (start, end) = extent;
        if (start >= end)
        {
            return null;
        }

        _ranges.Add(new LexRange(start, end, LexMode.Verbatim));
        Cover(start, end);
        return NewBlock(BlockKind.HtmlBlock, extent);
    }

    /// <summary>If an HTML block is exactly one comment, "&lt;!-- … --&gt;", not interrupted by container markers, returns its extent.</summary>
    private (int Start, int End)? CommentExtent(HtmlBlock html)
    {
        var lines = html.Lines;
        if (lines.Count == 0 || lines.Lines is null)
        {
            return null;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines.Lines[i].Slice.Start != lines.Lines[i].Position)
            {
                return null;
            }
        }

        var start = lines.Lines[0].Slice.Start;
        var end = Math.Min(lines.Lines[lines.Count - 1].Slice.End + 1, _work.Length);
        if (start < 0 || start >= end || !ReferenceEquals(lines.Lines[0].Slice.Text, _work))
        {
            return null;
        }

        while (start < end && SyntaxFacts.IsWhitespace(_work[start]))
        {
            start++;
        }

        end = SegmenterText.TrimEnd(_work, start, end);
        var text = _work.AsSpan(start, end - start);
        if (text.Length < 7 || !text.StartsWith("<!--") || !text.EndsWith("-->"))
        {
            return null;
        }

        return text[4..].IndexOf("-->") + 7 == text.Length ? (start, end) : null;
    }

    /// <summary>Calls <paramref name="onLine"/> with each non-empty line slice [start, end) of a leaf; returns their extent.</summary>
    private (int Start, int End) ReadLines(LeafBlock leaf, Action<int, int> onLine)
    {
        var start = int.MaxValue;
        var end = int.MinValue;
        var lines = leaf.Lines;
        if (lines.Lines is null)
        {
            return (start, end);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i];
            int lineStart;
            int lineEnd;
            if (ReferenceEquals(line.Slice.Text, _work) && line.Slice.Start >= 0 && line.Slice.Start <= _work.Length)
            {
                lineStart = line.Slice.Start;
                lineEnd = Math.Min(line.Slice.End + 1, SegmenterText.LineEnd(_work, lineStart));
            }
            else if (line.Position >= 0 && line.Position < _work.Length)
            {
                // Markdig rewrote the line (it does for some tab layouts): fall back to the source line.
                lineStart = line.Position;
                lineEnd = SegmenterText.LineEnd(_work, lineStart);
                while (lineStart < lineEnd && SyntaxFacts.IsWhitespace(_work[lineStart]))
                {
                    lineStart++;
                }
            }
            else
            {
                continue;
            }

            lineEnd = SegmenterText.TrimEnd(_work, lineStart, lineEnd);
            if (lineStart < lineEnd)
            {
                onLine(lineStart, lineEnd);
                start = Math.Min(start, lineStart);
                end = Math.Max(end, lineEnd);
            }
        }

        return (start, end);
    }

    /// <summary>Marks the syntax inside a leaf's inlines; prose is whatever is not marked.</summary>
    private void ReadInlines(ContainerInline root)
    {
        var pending = _inlineWalk;
        pending.Clear();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (inline, depth) = pending.Pop();
            if (depth > MaxInlineDepth)
            {
                var (start, end) = InlineExtent(inline);
                if (start < end)
                {
                    _ranges.Add(new LexRange(start, end, LexMode.Verbatim));
                }

                continue;
            }

            switch (inline)
            {
                case LiteralInline literal:
                    if (literal.IsFirstCharacterEscaped && CharAt(literal.Span.Start) == '\\')
                    {
                        AddMarkup(literal.Span.Start, literal.Span.Start + 1);
                    }

                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard && lineBreak.IsBackslash)
                    {
                        var at = CharAt(lineBreak.Span.Start) == '\\' ? lineBreak.Span.Start : lineBreak.Span.Start - 1;
                        if (CharAt(at) == '\\')
                        {
                            AddMarkup(at, at + 1);
                        }
                    }

                    break;
                case CodeInline code:
                    ReadCodeSpan(code);
                    break;
                case AutolinkInline autolink:
                    if (CharAt(autolink.Span.Start) == '<' && CharAt(autolink.Span.End) == '>')
                    {
                        AddMarkup(autolink.Span.Start, autolink.Span.Start + 1);
                        AddMarkup(autolink.Span.End, autolink.Span.End + 1);
                    }

                    break;
                case HtmlInline html:
                    ReadHtmlInline(html);
                    break;
                case LinkDelimiterInline delimiter:
                    // An unmatched "[": its bracket is literal text, and its children are ordinary inlines.
                    PushChildren(delimiter, depth, pending);
                    break;
                case LinkInline link:
                    ReadLink(link);
                    PushChildren(link, depth, pending);
                    break;
                case ContainerInline container:
                    // Emphasis delimiters, and in the root the container prefixes ("> ") between lines.
                    AddGapMarkup(container, container == root ? InlineExtent(container) : SpanOf(container), []);
                    PushChildren(container, depth, pending);
                    break;
            }
        }
    }

    private void ReadCodeSpan(CodeInline code)
    {
        var start = code.Span.Start;
        var end = code.Span.End + 1;
        var count = code.DelimiterCount;
        if (count <= 0 || start < 0 || end > _work.Length || end - start < 2 * count
            || CharAt(start) != code.Delimiter || CharAt(end - 1) != code.Delimiter)
        {
            return;
        }

        AddMarkup(start, start + count);
        if (end - count > start + count)
        {
            _ranges.Add(new LexRange(start + count, end - count, LexMode.Verbatim));
        }

        AddMarkup(end - count, end);
    }

    private void ReadHtmlInline(HtmlInline html)
    {
        var start = html.Span.Start;
        var end = html.Span.End + 1;
        if (start < 0 || end > _work.Length || start >= end)
        {
            return;
        }

        if (_work.AsSpan(start, end - start).StartsWith("<!--"))
        {
            _ranges.Add(new LexRange(start, end, LexMode.Token, SyntaxKind.CommentToken));
        }
        else
        {
            AddMarkup(start, end);
        }
    }

    /// <summary>Brackets, "](", the title and ")" are markup; the destination stays prose so that it lexes as a URL.</summary>
    private void ReadLink(LinkInline link)
    {
        var (start, end) = SpanOf(link);
        if (start >= end)
        {
            return;
        }

        if (!link.IsImage)
        {
            _result.Links.Add(TextSpan.FromBounds(start + _offset, end + _offset));
        }

        var prose = new List<(int Start, int End)>();
        var urlStart = link.UrlSpan.Start;
        var urlEnd = link.UrlSpan.End + 1;
        if (urlStart >= start && urlEnd <= end && urlStart < urlEnd)
        {
            if (link.UrlHasPointyBrackets && CharAt(urlStart) == '<' && CharAt(urlEnd - 1) == '>')
            {
                urlStart++;
                urlEnd--;
            }

            prose.Add((urlStart, urlEnd));
        }

        AddGapMarkup(link, (start, end), prose);
    }

    /// <summary>Marks as markup every part of <paramref name="extent"/> not covered by a child of <paramref name="container"/> or by <paramref name="prose"/>.</summary>
    private void AddGapMarkup(ContainerInline container, (int Start, int End) extent, List<(int Start, int End)> prose)
    {
        if (extent.Start >= extent.End)
        {
            return;
        }

        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            var childExtent = InlineExtent(child);
            if (childExtent.Start < childExtent.End)
            {
                prose.Add(childExtent);
            }
        }

        SegmenterText.AddMarkupOutside(_work, extent.Start, extent.End, prose, 0, _ranges);
    }

    private void PushChildren(ContainerInline container, int depth, Stack<(Inline Inline, int Depth)> pending)
    {
        // Pushed in reverse so that they are read in order; the order does not matter for correctness.
        var children = _children;
        children.Clear();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push((children[i], depth + 1));
        }
    }

    /// <summary>The range [Start, End) an inline and all its descendants occupy, or an empty range.</summary>
    private (int Start, int End) InlineExtent(Inline inline)
    {
        var start = int.MaxValue;
        var end = int.MinValue;
        var pending = _extentWalk;
        pending.Clear();
        pending.Push((inline, 0));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            var (s, e) = SpanOf(current);
            if (s < e)
            {
                start = Math.Min(start, s);
                end = Math.Max(end, e);
            }

            if (current is ContainerInline container && depth <= MaxInlineDepth)
            {
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    pending.Push((child, depth + 1));
                }
            }
        }

        return start < end ? (start, end) : (0, 0);
    }

    private (int Start, int End) SpanOf(MarkdownObject node)
    {
        var span = node.Span;
        if (span.Start < 0 || span.End < span.Start || span.Start >= _work.Length)
        {
            return (0, 0);
        }

        return (span.Start, Math.Min(span.End + 1, _work.Length));
    }

    /// <summary>
    /// A block's extent: its span joined with [contentStart, contentEnd), then stretched to the end of its
    /// last line (before the line break).
    /// </summary>
    private (int Start, int End) SpanExtent(MarkdigBlock block, int contentStart, int contentEnd)
    {
        var (start, end) = SpanOf(block);
        if (start >= end)
        {
            (start, end) = (int.MaxValue, int.MinValue);
        }

        start = Math.Min(start, contentStart);
        end = Math.Max(end, contentEnd);
        if (start >= end || start >= _work.Length)
        {
            return (0, 0);
        }

        var last = Math.Min(end, _work.Length) - 1;
        while (last > start && SyntaxFacts.IsLineBreak(_work[last]))
        {
            last--;
        }

        return (start, SegmenterText.LineEnd(_work, last));
    }

    private Block? NewBlock(BlockKind kind, (int Start, int End) extent) =>
        extent.Start < extent.End ? new Block(kind, extent.Start + _offset, extent.End + _offset) : null;

    /// <summary>Keeps the tails <see cref="NestingGuard"/> blanked as verbatim text in their own blocks.</summary>
    private void AddBlanked(string body, List<(int Start, int End)> blanked)
    {
        var reported = false;
        foreach (var (start, blankEnd) in blanked)
        {
            var end = SegmenterText.TrimEnd(body, start, blankEnd);
            if (end <= start)
            {
                continue;
            }

            if (!reported)
            {
                reported = true;
                _result.Diagnostics.Add(new SyntaxDiagnostic(
                    SyntaxDiagnosticIds.SyntaxError,
                    TextSpan.FromBounds(start + _offset, end + _offset),
                    $"nesting deeper than {NestingGuard.MaxDepth} levels is kept as verbatim text"));
            }

            _ranges.Add(new LexRange(start, end, LexMode.Verbatim));
            Cover(start, end);
            Insert(_result.Blocks, new Block(BlockKind.HtmlBlock, start + _offset, end + _offset));
        }
    }

    /// <summary>Puts a block into the innermost block that contains it, unless it would overlap a sibling.</summary>
    private static void Insert(List<Block> siblings, Block block)
    {
        while (true)
        {
            var index = 0;
            while (index < siblings.Count && siblings[index].End <= block.Start)
            {
                index++;
            }

            if (index < siblings.Count && siblings[index].Start <= block.Start && block.End <= siblings[index].End)
            {
                siblings = siblings[index].Children;
                continue;
            }

            if (index == siblings.Count || block.End <= siblings[index].Start)
            {
                siblings.Insert(index, block);
            }

            return;
        }
    }

    private void AddMarkup(int start, int end) => SegmenterText.AddMarkup(_work, start, end, 0, _ranges);

    private void Cover(int start, int end)
    {
        if (start < end)
        {
            _covered.Add((start, end));
        }
    }

    private char CharAt(int position) => position >= 0 && position < _work.Length ? _work[position] : '\0';
}
