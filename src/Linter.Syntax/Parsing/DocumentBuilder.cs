using Linter.Syntax.Green;

namespace Linter.Syntax.Parsing;

/// <summary>
/// Groups the token list into the document tree: front matter, header (language bar, title,
/// publish stamp), body with speaker turns, and the blocks a segmenter found.
/// </summary>
/// <remarks>
/// Architecture invariant: every token is placed exactly once and in order, so the tree's text is
/// the token list's text, which is the input. Blocks only decide grouping, never content.
/// </remarks>
internal sealed class DocumentBuilder
{
    /// <summary>Long enough for the longest real titles seen ("…Written Reply to Parliamentary Question on …").</summary>
    private const int MaxTitleLength = 500;

    /// <summary>Deeper block nesting than this is flattened, so that no input can exhaust the stack.</summary>
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly List<GreenToken> _tokens;
    private readonly List<int> _starts;
    private readonly DocumentFormat _format;
    private readonly InlineParser _inline;
    private readonly int _endOfFile;

    private DocumentBuilder(string text, TokenListBuilder tokens, Segmentation segmentation, DocumentFormat format, Vocabulary vocabulary)
    {
        _text = text;
        _tokens = tokens.Tokens;
        _starts = tokens.TextStarts;
        _format = format;
        _endOfFile = _tokens.Count - 1;
        _inline = new InlineParser(text, _tokens, _starts, vocabulary, segmentation.Links);
    }

    public static GreenNode Build(string text, TokenListBuilder tokens, Segmentation segmentation, DocumentFormat format, Vocabulary vocabulary) =>
        new DocumentBuilder(text, tokens, segmentation, format, vocabulary).BuildDocument(segmentation.Blocks);

    private GreenElement BuildDocument(List<Block> blocks)
    {
        var items = Assign(blocks, 0, _endOfFile);
        var document = new List<GreenNode>();
        var index = 0;

        if (index < items.Count && items[index].Block?.Kind == BlockKind.FrontMatter)
        {
            document.Add(BuildBlock(items[index], depth: 0));
            index++;
        }

        var header = new List<GreenNode>();
        if (index < items.Count && IsParagraph(items[index]) && _inline.IsLanguageBar(items[index].From, items[index].To))
        {
            header.Add(Leaf(SyntaxKind.LanguageBar, items[index]));
            index++;
        }

        if (index < items.Count && IsTitle(items[index]))
        {
            header.Add(BuildTitle(items[index]));
            index++;
        }

        if (index < items.Count && IsParagraph(items[index]) && _inline.IsDateOnly(items[index].From, items[index].To))
        {
            header.Add(Leaf(SyntaxKind.PublishStamp, items[index]));
            index++;
        }

        if (header.Count > 0)
        {
            document.Add(new GreenElement(SyntaxKind.Header, header.ToArray()));
        }

        document.Add(BuildBody(items, index));
        document.Add(_tokens[_endOfFile]);
        return new GreenElement(SyntaxKind.Document, document.ToArray());
    }

    private GreenElement BuildBody(List<Item> items, int index)
    {
        var body = new List<GreenNode>();
        List<GreenNode>? turn = null;

        void CloseTurn()
        {
            if (turn is not null)
            {
                body.Add(new GreenElement(SyntaxKind.Turn, turn.ToArray()));
                turn = null;
            }
        }

        for (; index < items.Count; index++)
        {
            var item = items[index];
            var kind = item.Block?.Kind ?? BlockKind.Paragraph;
            if (kind == BlockKind.Paragraph)
            {
                if (_inline.IsLanguageBar(item.From, item.To) || _inline.IsBoilerplate(item.From, item.To))
                {
                    CloseTurn();
                    body.Add(Leaf(SyntaxKind.Boilerplate, item));
                    continue;
                }

                var label = _inline.SpeakerLabelLength(item.From, item.To);
                if (label > 0)
                {
                    CloseTurn();
                    turn = [Leaf(SyntaxKind.SpeakerLabel, item with { To = item.From + label })];
                    if (item.From + label < item.To)
                    {
                        turn.Add(Paragraph(item.From + label, item.To, NextOpensQuotation(items, index)));
                    }

                    continue;
                }

                (turn ?? body).Add(Paragraph(item.From, item.To, NextOpensQuotation(items, index)));
                continue;
            }

            if (kind is BlockKind.Heading or BlockKind.ThematicBreak)
            {
                CloseTurn();
                body.Add(BuildBlock(item, depth: 0));
                continue;
            }

            (turn ?? body).Add(BuildBlock(item, depth: 0));
        }

        CloseTurn();
        return new GreenElement(SyntaxKind.Body, body.ToArray());
    }

    private GreenElement BuildBlock(Item item, int depth)
    {
        var block = item.Block;
        if (block is null)
        {
            return Paragraph(item.From, item.To);
        }

        switch (block.Kind)
        {
            case BlockKind.Paragraph:
                return Paragraph(item.From, item.To);
            case BlockKind.Heading:
                return new GreenElement(SyntaxKind.Heading, _inline.ParseInline(item.From, item.To));
            case BlockKind.CodeBlock:
                return Leaf(SyntaxKind.CodeBlock, item);
            case BlockKind.HtmlBlock:
                return Leaf(SyntaxKind.HtmlBlock, item);
            case BlockKind.Comment:
                return Leaf(SyntaxKind.Comment, item);
            case BlockKind.ThematicBreak:
                return Leaf(SyntaxKind.ThematicBreak, item);
            case BlockKind.MetadataEntry:
                return Leaf(SyntaxKind.MetadataEntry, item);
        }

        var kind = block.Kind switch
        {
            BlockKind.BlockQuote => SyntaxKind.BlockQuote,
            BlockKind.List => SyntaxKind.List,
            BlockKind.ListItem => SyntaxKind.ListItem,
            _ => SyntaxKind.FrontMatter,
        };

        if (depth >= MaxDepth || block.Children.Count == 0)
        {
            // Too deep (or no inner blocks): keep the content as one paragraph so nothing is lost.
            return kind == SyntaxKind.FrontMatter
                ? Leaf(kind, item)
                : new GreenElement(kind, item.From < item.To ? [Paragraph(item.From, item.To)] : []);
        }

        var children = new List<GreenNode>();
        foreach (var child in Assign(block.Children, item.From, item.To))
        {
            if (child.Block is null && kind == SyntaxKind.FrontMatter)
            {
                // Fences and anything between entries are direct tokens of the front matter.
                for (var i = child.From; i < child.To; i++)
                {
                    children.Add(_tokens[i]);
                }

                continue;
            }

            children.Add(BuildBlock(child, depth + 1));
        }

        return new GreenElement(kind, children.ToArray());
    }

    private GreenElement BuildTitle(Item item)
    {
        // The last date of a title is its dateline, with the parentheses around it when it has them.
        var date = -1;
        for (var i = item.To - 1; i >= item.From; i--)
        {
            if (_tokens[i].Kind == SyntaxKind.DateToken)
            {
                date = i;
                break;
            }
        }

        if (date < 0)
        {
            return new GreenElement(SyntaxKind.Title, _inline.ParseInline(item.From, item.To));
        }

        var start = date;
        var end = date + 1;
        if (date > item.From && end < item.To && IsPunctuation(date - 1, "(") && IsPunctuation(end, ")"))
        {
            start--;
            end++;
        }

        var children = new List<GreenNode>(_inline.ParseInline(item.From, start));
        children.Add(new GreenElement(SyntaxKind.Dateline, GreenNodeArrays.FromTokens(_tokens, start, end - start)));
        children.AddRange(_inline.ParseInline(end, item.To));
        return new GreenElement(SyntaxKind.Title, children.ToArray());
    }

    private bool IsTitle(Item item)
    {
        if (_format == DocumentFormat.Markdown)
        {
            return item.Block?.Kind == BlockKind.Heading && IsLevelOneHeading(item.Block);
        }

        return IsParagraph(item)
            && _starts[item.To - 1] + _tokens[item.To - 1].Width - _starts[item.From] <= MaxTitleLength
            && !_inline.StartsWithQuestionOrAnswerLabel(item.From, item.To)
            && !_inline.IsBoilerplate(item.From, item.To)
            && !_inline.IsDateOnly(item.From, item.To);
    }

    private bool IsLevelOneHeading(Block block)
    {
        if (block.Start < _text.Length && _text[block.Start] == '#')
        {
            return block.Start + 1 >= _text.Length || _text[block.Start + 1] != '#';
        }

        // Setext: the last line is made of '='.
        var end = Math.Min(block.End, _text.Length);
        var lineStart = _text.LastIndexOfAny(['\n', '\r'], Math.Max(0, end - 1));
        var lastLine = _text.AsSpan(lineStart + 1, end - lineStart - 1).Trim();
        return lastLine.Length > 0 && !lastLine.ContainsAnyExcept('=');
    }

    private static bool IsParagraph(Item item) => item.Block is null || item.Block.Kind == BlockKind.Paragraph;

    private bool IsPunctuation(int index, string text) =>
        _tokens[index].Kind == SyntaxKind.PunctuationToken && _text.AsSpan(_starts[index], _tokens[index].Width).SequenceEqual(text);

    private GreenElement Paragraph(int from, int to, bool quotationRunsOn = false) =>
        new(SyntaxKind.Paragraph, _inline.ParseSentences(from, to, quotationRunsOn));

    /// <summary>True when the item after <paramref name="index"/> is a paragraph that opens with a quotation mark.</summary>
    private bool NextOpensQuotation(List<Item> items, int index) =>
        index + 1 < items.Count && IsParagraph(items[index + 1]) && _tokens[items[index + 1].From].Kind == SyntaxKind.OpenQuoteToken;

    private GreenElement Leaf(SyntaxKind kind, Item item) =>
        new(kind, GreenNodeArrays.FromTokens(_tokens, item.From, item.To - item.From));

    /// <summary>
    /// Assigns the tokens in [from, to) to <paramref name="blocks"/> by position. Tokens outside every
    /// block become items without a block (built as paragraphs), so no token is ever dropped.
    /// </summary>
    private List<Item> Assign(List<Block> blocks, int from, int to)
    {
        var items = new List<Item>(blocks.Count + 1);
        var t = from;
        foreach (var block in blocks)
        {
            if (t < to && _starts[t] < block.Start)
            {
                var looseStart = t;
                while (t < to && _starts[t] < block.Start)
                {
                    t++;
                }

                items.Add(new Item(null, looseStart, t));
            }

            var blockStart = t;
            while (t < to && _starts[t] < block.End)
            {
                t++;
            }

            if (t > blockStart)
            {
                items.Add(new Item(block, blockStart, t));
            }
        }

        if (t < to)
        {
            items.Add(new Item(null, t, to));
        }

        return items;
    }

    /// <summary>A block (or null for loose tokens) and its tokens [From, To).</summary>
    private readonly record struct Item(Block? Block, int From, int To);
}
