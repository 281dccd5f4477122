using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Linter.Analysis;
using Linter.Rules.Claims;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Turns;

/// <summary>SL2006: remarks or a transcript that never says who speaks. See MissingSpeakerRule.md.</summary>
public sealed class MissingSpeakerRule : Rule
{
    /// <summary>Title words that make a document remarks or a transcript.</summary>
    public const string TitleWordsOption = "title-words";

    /// <summary>Front-matter keys that name who speaks.</summary>
    public const string KeysOption = "keys";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MissingSpeaker,
        "missing-speaker",
        title: "Remarks or transcript without a speaker",
        messageFormat: "'{0}' reads as remarks or a transcript, but no speaker label or speaker metadata says who speaks",
        RuleCategory.Dates,
        Severity.Warning,
        helpLink: "rules/Linter.Rules/Turns/MissingSpeakerRule.md");

    /// <summary>The default title words; SL2004 reads titles with them too.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, PhraseSet> s_titleWordSets = new();

    internal static readonly string[] DefaultTitleWords =
        ["Remarks", "Press Conference", "Briefing", "Transcript", "Press Gaggle", "Press Call", "Interview", "Doorstop"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override ImmutableArray<RuleOptionDescriptor> SupportedOptions { get; } =
    [
        new(TitleWordsOption, RuleOptionType.TextList, DefaultTitleWords, "Words or phrases in a title that make the document remarks or a transcript."),
        new(KeysOption, RuleOptionType.TextList, Attribution.DefaultSpeakerKeys, "Front-matter keys that name the speaker or author."),
    ];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(AnalyzeDocument);
    }

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        var model = context.SemanticModel;
        if (model.Title is not { } title || !model.Turns.IsEmpty
            || Attribution.HasSpeakerMetadata(context.Root, Attribution.Strings(context.Options, KeysOption, Attribution.DefaultSpeakerKeys))
            || Attribution.TitleNamesSpeaker(model))
        {
            return;
        }

        if (!IsRemarks(title, Attribution.Strings(context.Options, TitleWordsOption, DefaultTitleWords)))
        {
            return;
        }

        context.Report(Descriptor, TitleSpan(context.Root), Claims.Excerpt.Of(title));
    }

    /// <summary>True when <paramref name="title"/> holds one of <paramref name="titleWords"/>: "Remarks by …", "Regular Press Conference".</summary>
    internal static bool IsRemarks(string title, IReadOnlyList<string> titleWords)
    {
        // Two rules ask this of every document, with the list of one configuration: the set is built once per list.
        var words = s_titleWordSets.GetValue(titleWords, static list => new PhraseSet(list));
        var split = title.Split([' ', '\t', '\u00A0', '\n', ',', ':', ';', '(', ')', '\'', '’', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, split.Length).Any(i => words.MatchPrefix(split, i) > 0);
    }

    private static TextSpan TitleSpan(DocumentSyntax root) =>
        root.Header?.Title?.Span
        ?? root.FrontMatter?.GetEntry("title")?.Span
        ?? new TextSpan(0, 0);
}
