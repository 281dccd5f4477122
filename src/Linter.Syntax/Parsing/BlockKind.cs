namespace Linter.Syntax.Parsing;

/// <summary>The block structure a segmenter finds before tokens are grouped into nodes.</summary>
internal enum BlockKind
{
    /// <summary>Prose: sentences, maybe a speaker label at its start.</summary>
    Paragraph,
    Heading,
    BlockQuote,
    List,
    ListItem,
    CodeBlock,
    HtmlBlock,

    /// <summary>An HTML block that is only a comment, such as a suppression.</summary>
    Comment,
    ThematicBreak,
    FrontMatter,
    MetadataEntry,
}
