using System.Collections.Immutable;
using System.Globalization;
using Linter.Analysis;

namespace Linter.Rules.Dates;

/// <summary>SL2002: a date that does not exist. See InvalidDateRule.md.</summary>
public sealed class InvalidDateRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InvalidDate,
        "invalid-date",
        title: "Date does not exist",
        messageFormat: "date '{0}' does not exist: {1}",
        RuleCategory.Dates,
        Severity.Error,
        helpLink: "rules/Linter.Rules/Dates/InvalidDateRule.md");

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
