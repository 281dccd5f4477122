using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Rules.Claims;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Dates;

/// <summary>SL2003: dates of one document written in different formats. See InconsistentDateFormatRule.md.</summary>
public sealed class InconsistentDateFormatRule : Rule
{
    /// <summary>The pattern dates are rewritten in; see <see cref="Linter.Syntax.WrittenDate"/> for the letters.</summary>
    public static RuleOption<string> Format { get; } = RuleOption.Text(
        "format", "yyyy-MM-dd", "The date pattern the document should use and the fix writes: yyyy, M, MM, MMM, MMMM, d, dd, o.");

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InconsistentDateFormat,
        "inconsistent-date-format",
        title: "Dates written in different formats",
        messageFormat: "date '{0}' is written as '{1}', unlike other dates of the document: write it as '{2}' ({3})",
        RuleCategory.Dates,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(InconsistentDateFormatRule)),
        fix: FixAvailability.Always);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOption> Options { get; } = [Format];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        // Front-matter values are data in YAML's own format, and a date without a year cannot be written in a pattern with one.
        var dates = context.SemanticModel.Dates
            .Where(d => d.Placement != DatePlacement.FrontMatter && d.Written.IsValid && d.Written.Year is not null)
            .ToList();
        var format = context.GetOption(Format);

        // Numbers ("2022-05-05") and names ("5 May 2022") are compared among themselves: an ISO stamp above prose
        // dates is ordinary publishing, while "2022-4-29" beside "2022-05-05", or "5 May" beside "May 5", is not.
        foreach (var written in (ReadOnlySpan<bool>)[false, true])
        {
            var family = dates.Where(d => IsWrittenOut(d.Written.Format) == written).ToList();
            if (family.Count < 2 || family.Any(candidate => family.All(d => d.Written.IsWrittenIn(candidate.Written.Format))))
            {
                continue;
            }

            // The publish stamp is the site's metadata ("13 Sep 2022" above "13 September 2022"), not the author's writing:
            // it is never flagged and never the form the prose is rewritten into.
            // So is a line that holds nothing but a date ("26 OCTOBER 2022" under the ministry's name).
            var authored = family.Where(d => d.Placement != DatePlacement.PublishStamp && !IsDateLine(context.Tree.Text, d.Span)).ToList();
            if (authored.Count == 0)
            {
                continue;
            }

            var target = IsWrittenOut(format) == written ? format : Dominant(authored);
            foreach (var date in authored)
            {
                if (date.Written.IsWrittenIn(target) || date.Written.Render(target) is not { } rendered)
                {
                    continue;
                }

                var fix = Fix.Create($"Write '{rendered}'", new TextChange(date.Span, rendered), Applicability.Safe);
                context.Report(Descriptor, date.Span, fix, date.Written.Text, date.Written.Format, rendered, target);
            }
        }
    }

    /// <summary>True when the date is all its line holds, but for spaces and a final mark.</summary>
    private static bool IsDateLine(SourceText text, TextSpan date)
    {
        var line = text.Lines.GetLineFromPosition(date.Start);
        var before = text.ToString(TextSpan.FromBounds(line.Start, date.Start));
        var after = text.ToString(TextSpan.FromBounds(Math.Min(date.End, line.End), line.End));
        return string.IsNullOrWhiteSpace(before) && after.Trim().TrimEnd('.', ',').Length == 0;
    }

    /// <summary>True for a pattern that names the month ("d MMMM yyyy") rather than numbering it.</summary>
    private static bool IsWrittenOut(string pattern) => pattern.Contains("MMM", StringComparison.Ordinal);

    /// <summary>The format most dates are written in; the earliest among equals.</summary>
    private static string Dominant(List<DocumentDate> dates) =>
        dates.GroupBy(d => d.Written.Format, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Span.Start)
            .First().Key;
}
