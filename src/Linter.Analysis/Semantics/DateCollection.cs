using System.Collections.Immutable;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>Reads every date of a document: front-matter values that start with a date, and every date token.</summary>
internal static class DateCollection
{
    public static ImmutableArray<DocumentDate> Collect(DocumentSyntax root, Vocabulary vocabulary)
    {
        var result = ImmutableArray.CreateBuilder<DocumentDate>();
        if (root.FrontMatter is { } frontMatter)
        {
            foreach (var entry in frontMatter.Entries)
            {
                if (FrontMatterDate(entry, vocabulary) is { } date)
                {
                    result.Add(date);
                }
            }
        }

        // A walk for date tokens only: it passes over every subtree that holds none.
        foreach (var token in root.DescendantTokens(SyntaxKind.DateToken))
        {
            if (!WrittenDate.TryParse(token.Text, vocabulary, out var written))
            {
                continue;
            }

            result.Add(new DocumentDate(written, token.Span, Placement(token.Parent), token, MetadataKey: null));
        }

        return result.ToImmutable();
    }

    private static DatePlacement Placement(SyntaxNode parent)
    {
        foreach (var node in parent.AncestorsAndSelf())
        {
            switch (node.Kind)
            {
                case SyntaxKind.Dateline:
                    return DatePlacement.Dateline;
                case SyntaxKind.Title:
                    return DatePlacement.Title;
                case SyntaxKind.PublishStamp:
                    return DatePlacement.PublishStamp;
                case SyntaxKind.FrontMatter:
                    return DatePlacement.FrontMatter;
            }
        }

        return DatePlacement.Body;
    }

    /// <summary>A value such as "2022-04-29", '2022-04-29' or "2022-04-05 08:21:48-04:00": the date at its start.</summary>
    private static DocumentDate? FrontMatterDate(MetadataEntrySyntax entry, Vocabulary vocabulary)
    {
        if (entry.ScalarValue is not { } value || entry.ValueToken is not { } token)
        {
            return null;
        }

        value = value.Trim();
        var end = 0;
        while (end < value.Length && (char.IsAsciiDigit(value[end]) || value[end] == '-'))
        {
            end++;
        }

        if (end < 8 || (end < value.Length && value[end] is not ('T' or ' ' or 't')))
        {
            return null;
        }

        var text = value[..end];
        if (!WrittenDate.TryParse(text, vocabulary, out var written))
        {
            return null;
        }

        var offset = token.Text.IndexOf(text, StringComparison.Ordinal);
        var span = offset >= 0 ? new TextSpan(token.Span.Start + offset, text.Length) : token.Span;
        return new DocumentDate(written, span, DatePlacement.FrontMatter, Token: null, entry.Key);
    }
}
