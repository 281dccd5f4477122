using System.Collections.Immutable;
using Linter.Analysis;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Rules.Attribution;

/// <summary>SL3005: one speaker labelled in different ways, "Zhao Lijian:" then "Zhao:". See InconsistentSpeakerLabelRule.md.</summary>
public sealed class InconsistentSpeakerLabelRule : Rule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InconsistentSpeakerLabel,
        "inconsistent-speaker-label",
        title: "One speaker labelled in different ways",
        messageFormat: "speaker label '{0}' names the speaker first labelled '{1}'",
        RuleCategory.Attribution,
        Severity.Warning,
        helpLink: RulePage.Of(typeof(InconsistentSpeakerLabelRule)),
        fix: FixAvailability.Always,
        fixSafety: FixSafety.Unsafe);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentStartAction(StartDocument);
    }

    private static void StartDocument(DocumentStartAnalysisContext context)
    {
        // The labels in document order, each compared with the speakers met before it.
        var speakers = new List<Speaker>();
        context.RegisterNodeAction(node => AnalyzeLabel(context, (SpeakerLabelSyntax)node, speakers), SyntaxKind.SpeakerLabel);
    }

    private static void AnalyzeLabel(DocumentAnalysisContext context, SpeakerLabelSyntax label, List<Speaker> speakers)
    {
        var vocabulary = context.Tree.Options.Vocabulary;
        if (NameSpan(label) is not { } span)
        {
            return;
        }

        var form = Normalize(context.Tree.Text.ToString(span));
        var words = form.Split(' ');

        // "Q", "QUESTION" and "A" stand for whoever asks or answers: two of them need not be one person.
        if (vocabulary.QuestionLabels.MatchesExactly(words) || vocabulary.AnswerLabels.MatchesExactly(words) || vocabulary.BareLabels.MatchesExactly(words))
        {
            return;
        }

        // Titles before the name ("MS. PSAKI", "Minister Balakrishnan") do not tell speakers apart; a title alone
        // ("THE PRESIDENT", "Minister") names a role, and only the same title matches it.
        var titles = 0;
        while (titles < words.Length - 1 && vocabulary.Honorifics.ContainsWord(words[titles]))
        {
            titles++;
        }

        var key = words.Skip(titles).Select(w => w.ToUpperInvariant()).ToArray();

        var speaker = Find(speakers, key);
        if (speaker is null)
        {
            speakers.Add(new Speaker(form, key));
            return;
        }

        if (!string.Equals(form, speaker.FirstForm, StringComparison.Ordinal))
        {
            // Unsafe: the match by surname is a guess, and two people can share one.
            var fix = Fix.Create($"Label the speaker '{speaker.FirstForm}'", new TextChange(span, speaker.FirstForm), Applicability.Unsafe);
            context.Report(Descriptor, span, fix, form, speaker.FirstForm);
        }
    }

    /// <summary>
    /// The speaker a label names: one with the same name (ignoring case and titles), or else the only one whose
    /// full name starts or ends with the label's single word ("Zhao" for "Zhao Lijian", "PSAKI" for "Jen Psaki"),
    /// or whose single word the label's full name starts or ends with.
    /// </summary>
    private static Speaker? Find(List<Speaker> speakers, string[] key)
    {
        foreach (var speaker in speakers)
        {
            if (speaker.Key.AsSpan().SequenceEqual(key))
            {
                return speaker;
            }
        }

        Speaker? found = null;
        foreach (var speaker in speakers)
        {
            var (single, full) = key.Length == 1 ? (key, speaker.Key) : (speaker.Key, key);
            if (single.Length != 1 || full.Length < 2 || (full[0] != single[0] && full[^1] != single[0]))
            {
                continue;
            }

            if (found is not null)
            {
                // "Wang" could be Wang Yi or Wang Wenbin: no guess.
                return null;
            }

            found = speaker;
        }

        return found;
    }

    /// <summary>The span of the name in a label: its first word to its last, without the colon.</summary>
    private static TextSpan? NameSpan(SpeakerLabelSyntax label)
    {
        TextSpan? first = null;
        TextSpan last = default;
        foreach (var token in label.ChildTokens())
        {
            if (token.Kind == SyntaxKind.PunctuationToken || token.IsMissing)
            {
                continue;
            }

            first ??= token.Span;
            last = token.Span;
        }

        return first is { } start ? TextSpan.FromBounds(start.Start, last.End) : null;
    }

    /// <summary>Runs of whitespace of any kind become one space, so "Zhao  Lijian" and "Zhao Lijian" are one form.</summary>
    private static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Speaker(string FirstForm, string[] Key);
}
