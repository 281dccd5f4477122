using System.Collections.Immutable;
using System.Globalization;
using Linter.Analysis;

namespace Linter.Rules.Dates;

/// <summary>SL2002: a date that does not exist. See InvalidDateRule.md.</summary>
public sealed class InvalidDateRule : Rule
{
    // Front-matter keys whose value must be a date: the key the document's date is read from.
    private const string DateKey = "date";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InvalidDate,
        "invalid-date",
        title: "Date does not exist",
        messageFormat: "date '{0}' does not exist: {1}",
        RuleCategory.Dates,
        Severity.Error,
        helpLink: RulePage.Of(typeof(InvalidDateRule)));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        foreach (var date in context.SemanticModel.Dates)
        {
            if (!date.Written.IsValid)
            {
                context.Report(Descriptor, date.Span, date.Written.Text, Reason(date.Written));
            }
        }

        if (context.Root.FrontMatter is { } frontMatter)
        {
            foreach (var entry in frontMatter.Entries)
            {
                ReportIfNoDate(context, entry);
            }
        }
    }

    // A "date:" value from which no date was read at all ("notadate", a list, a mapping): the
    // semantic model passes it over, so without this it drew no diagnostic.
    private static void ReportIfNoDate(DocumentAnalysisContext context, Linter.Syntax.MetadataEntrySyntax entry)
    {
        if (!string.Equals(entry.Key, DateKey, StringComparison.OrdinalIgnoreCase) || entry.ValueToken is not { } value)
        {
            return;
        }

        foreach (var date in context.SemanticModel.Dates)
        {
            if (date.Placement == DatePlacement.FrontMatter && value.Span.Contains(date.Span.Start))
            {
                return;
            }
        }

        var reason = entry.Value switch
        {
            System.Collections.IDictionary => "a mapping is not a date",
            System.Collections.IEnumerable and not string => "a list is not a date",
            _ => "it is not written as a date",
        };
        context.Report(Descriptor, value.Span, value.Text, reason);
    }

    private static string Reason(Linter.Syntax.WrittenDate date)
    {
        if (date.Month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"there is no month {date.Month}");
        }

        if (date.Year is < 1 or > 9999)
        {
            return string.Create(CultureInfo.InvariantCulture, $"year {date.Year} is out of range");
        }

        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month);
        return date.Year is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"{month} {year} has {DateTime.DaysInMonth(year, date.Month)} days")
            : string.Create(CultureInfo.InvariantCulture, $"{month} has at most {DateTime.DaysInMonth(2000, date.Month)} days");
    }
}
