namespace Linter.Syntax;

/// <summary>
/// The kind of every token, trivia and node in a statement syntax tree.
/// </summary>
/// <remarks>
/// Numbers are explicit and grouped in blocks (tokens 1xx, trivia 2xx, nodes 3xx). They are never
/// renumbered: a retired kind keeps its number, commented as "do not use", because tree dumps,
/// caches and user rules refer to kinds by name and number.
/// </remarks>
public enum SyntaxKind : ushort
{
    None = 0,

    // Tokens: 100–199.
    /// <summary>A run of letters, digits and marks, with inner hyphens ("so-called") and inner dots ("U.S.").</summary>
    WordToken = 100,
    /// <summary>Digits with optional inner separators: "47", "3.6", "1,000".</summary>
    NumberToken = 101,
    /// <summary>A written date in one of the recognised forms: "2022-4-29", "April 29, 2022", "29 April 2022", "May 12".</summary>
    DateToken = 102,
    /// <summary>A clock time: "09:17", "11:49", "2:41 P.M.".</summary>
    TimeToken = 103,
    /// <summary>One punctuation mark, or a run of dots ("...").</summary>
    PunctuationToken = 104,
    /// <summary>An opening quotation mark: “ ‘ „ « or a straight quote in opening position.</summary>
    OpenQuoteToken = 105,
    /// <summary>A closing quotation mark: ” ’ » or a straight quote in closing position.</summary>
    CloseQuoteToken = 106,
    /// <summary>An apostrophe inside or at the end of a word: the ’ of "one’s" or "parties’".</summary>
    ApostropheToken = 107,
    /// <summary>A web address: "https://…" or "www.…".</summary>
    UrlToken = 108,
    /// <summary>A symbol that is neither letter nor punctuation: "%", "$", "©", an emoji.</summary>
    SymbolToken = 109,
    /// <summary>Text kept verbatim and not analysed as prose: a code block line, raw HTML.</summary>
    VerbatimTextToken = 110,
    /// <summary>An HTML comment, "&lt;!-- … --&gt;", the carrier of inline suppressions.</summary>
    CommentToken = 111,
    /// <summary>The "---" line that opens or closes YAML front matter.</summary>
    FrontMatterFenceToken = 112,
    /// <summary>The key of a front-matter entry, as written (quotes included).</summary>
    MetadataKeyToken = 113,
    /// <summary>The value of a front-matter entry, as written; its decoded form is on <see cref="MetadataEntrySyntax"/>.</summary>
    MetadataValueToken = 114,
    /// <summary>Zero-width token at the end of the text; its leading trivia holds whatever follows the last token.</summary>
    EndOfFileToken = 199,

    // Trivia: 200–299.
    /// <summary>Spaces of any kind other than line breaks: ASCII space, tab, U+00A0, U+2002, U+3000, U+FEFF.</summary>
    WhitespaceTrivia = 200,
    /// <summary>A line break: LF, CR, CRLF, U+0085, U+2028 or U+2029.</summary>
    EndOfLineTrivia = 201,
    /// <summary>Markdown syntax that is not prose: "**", "# ", "> ", "- ", link brackets.</summary>
    MarkupTrivia = 202,
    /// <summary>Characters the lexer could not place in a token, such as NUL; always reported.</summary>
    SkippedTextTrivia = 203,

    // Nodes: 300–399.
    Document = 300,
    FrontMatter = 301,
    MetadataEntry = 302,
    Header = 303,
    LanguageBar = 304,
    Title = 305,
    Dateline = 306,
    PublishStamp = 307,
    Body = 308,
    Turn = 309,
    SpeakerLabel = 310,
    Paragraph = 311,
    Heading = 312,
    BlockQuote = 313,
    List = 314,
    ListItem = 315,
    CodeBlock = 316,
    Sentence = 317,
    Quotation = 318,
    Citation = 319,
    Claim = 320,
    Rebuttal = 321,
    Boilerplate = 322,
    Comment = 323,
    HtmlBlock = 324,
    ThematicBreak = 325,
    Table = 326,
    /// <summary>Who a claim is attributed to, as written: "US Secretary of State Mike Pompeo", "the Japanese side", "he".</summary>
    ClaimSource = 327,
    /// <summary>The reporting verb group of a claim: "said", "has repeatedly claimed", "told reporters", "remarks".</summary>
    ClaimCue = 328,
    /// <summary>What a claim reports: the that-clause, the direct quotation, or the object of the cue.</summary>
    ClaimContent = 329,
}
