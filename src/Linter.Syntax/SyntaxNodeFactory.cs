using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>Creates the typed red node for a green node.</summary>
internal static class SyntaxNodeFactory
{
    public static SyntaxNode Create(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position) =>
        green.Kind switch
        {
            SyntaxKind.Document => new DocumentSyntax(tree, green, parent, position),
            SyntaxKind.FrontMatter => new FrontMatterSyntax(tree, green, parent, position),
            SyntaxKind.MetadataEntry => new MetadataEntrySyntax(tree, green, parent, position),
            SyntaxKind.Header => new HeaderSyntax(tree, green, parent, position),
            SyntaxKind.LanguageBar => new LanguageBarSyntax(tree, green, parent, position),
            SyntaxKind.Title => new TitleSyntax(tree, green, parent, position),
            SyntaxKind.Dateline => new DatelineSyntax(tree, green, parent, position),
            SyntaxKind.PublishStamp => new PublishStampSyntax(tree, green, parent, position),
            SyntaxKind.Body => new BodySyntax(tree, green, parent, position),
            SyntaxKind.Turn => new TurnSyntax(tree, green, parent, position),
            SyntaxKind.Paragraph => new ParagraphSyntax(tree, green, parent, position),
            SyntaxKind.Heading => new HeadingSyntax(tree, green, parent, position),
            SyntaxKind.BlockQuote => new BlockQuoteSyntax(tree, green, parent, position),
            SyntaxKind.List => new ListSyntax(tree, green, parent, position),
            SyntaxKind.ListItem => new ListItemSyntax(tree, green, parent, position),
            SyntaxKind.CodeBlock => new CodeBlockSyntax(tree, green, parent, position),
            SyntaxKind.HtmlBlock => new HtmlBlockSyntax(tree, green, parent, position),
            SyntaxKind.ThematicBreak => new ThematicBreakSyntax(tree, green, parent, position),
            SyntaxKind.Table => new TableSyntax(tree, green, parent, position),
            SyntaxKind.Sentence => new SentenceSyntax(tree, green, parent, position),
            SyntaxKind.Quotation => new QuotationSyntax(tree, green, parent, position),
            SyntaxKind.Citation => new CitationSyntax(tree, green, parent, position),
            SyntaxKind.Claim => new ClaimSyntax(tree, green, parent, position),
            SyntaxKind.ClaimSource => new ClaimSourceSyntax(tree, green, parent, position),
            SyntaxKind.ClaimCue => new ClaimCueSyntax(tree, green, parent, position),
            SyntaxKind.ClaimContent => new ClaimContentSyntax(tree, green, parent, position),
            SyntaxKind.Rebuttal => new RebuttalSyntax(tree, green, parent, position),
            SyntaxKind.Boilerplate => new BoilerplateSyntax(tree, green, parent, position),
            SyntaxKind.Comment => new CommentSyntax(tree, green, parent, position),
            SyntaxKind.SpeakerLabel => new SpeakerLabelSyntax(tree, green, parent, position),
            _ => throw new InvalidOperationException($"No red node type for kind {green.Kind}."),
        };
}
