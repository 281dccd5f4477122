using System.Collections.Frozen;
using Linter.Syntax;

namespace Linter.Analysis.Configuration;

/// <summary>The vocabulary lists configuration may change, by their kebab-case names under <c>vocabulary:</c>.</summary>
internal static class VocabularyLists
{
    private static readonly FrozenDictionary<string, (Func<Vocabulary, PhraseSet> Get, Func<Vocabulary, PhraseSet, Vocabulary> Set)> s_lists =
        new Dictionary<string, (Func<Vocabulary, PhraseSet>, Func<Vocabulary, PhraseSet, Vocabulary>)>(StringComparer.Ordinal)
        {
            ["reporting-verbs"] = (v => v.ReportingVerbs, (v, s) => v with { ReportingVerbs = s }),
            ["reporting-adverbs"] = (v => v.ReportingAdverbs, (v, s) => v with { ReportingAdverbs = s }),
            ["speech-verbs"] = (v => v.SpeechVerbs, (v, s) => v with { SpeechVerbs = s }),
            ["clause-cues"] = (v => v.ClauseCues, (v, s) => v with { ClauseCues = s }),
            ["cue-nouns"] = (v => v.CueNouns, (v, s) => v with { CueNouns = s }),
            ["cue-auxiliaries"] = (v => v.CueAuxiliaries, (v, s) => v with { CueAuxiliaries = s }),
            ["cue-adjuncts"] = (v => v.CueAdjuncts, (v, s) => v with { CueAdjuncts = s }),
            ["source-head-nouns"] = (v => v.SourceHeadNouns, (v, s) => v with { SourceHeadNouns = s }),
            ["source-modifiers"] = (v => v.SourceModifiers, (v, s) => v with { SourceModifiers = s }),
            ["source-pronouns"] = (v => v.SourcePronouns, (v, s) => v with { SourcePronouns = s }),
            ["object-pronouns"] = (v => v.ObjectPronouns, (v, s) => v with { ObjectPronouns = s }),
            ["perception-verbs"] = (v => v.PerceptionVerbs, (v, s) => v with { PerceptionVerbs = s }),
            ["agent-cues"] = (v => v.AgentCues, (v, s) => v with { AgentCues = s }),
            ["first-person-words"] = (v => v.FirstPersonWords, (v, s) => v with { FirstPersonWords = s }),
            ["non-source-words"] = (v => v.NonSourceWords, (v, s) => v with { NonSourceWords = s }),
            ["non-claim-openers"] = (v => v.NonClaimOpeners, (v, s) => v with { NonClaimOpeners = s }),
            ["non-reporting-auxiliaries"] = (v => v.NonReportingAuxiliaries, (v, s) => v with { NonReportingAuxiliaries = s }),
            ["hostile-cues"] = (v => v.HostileCues, (v, s) => v with { HostileCues = s }),
            ["asserting-cues"] = (v => v.AssertingCues, (v, s) => v with { AssertingCues = s }),
            ["infinitive-cues"] = (v => v.InfinitiveCues, (v, s) => v with { InfinitiveCues = s }),
            ["issuing-verbs"] = (v => v.IssuingVerbs, (v, s) => v with { IssuingVerbs = s }),
            ["existential-cues"] = (v => v.ExistentialCues, (v, s) => v with { ExistentialCues = s }),
            ["report-nouns"] = (v => v.ReportNouns, (v, s) => v with { ReportNouns = s }),
            ["saying-idioms"] = (v => v.SayingIdioms, (v, s) => v with { SayingIdioms = s }),
            ["subordinators"] = (v => v.Subordinators, (v, s) => v with { Subordinators = s }),
            ["support-markers"] = (v => v.SupportMarkers, (v, s) => v with { SupportMarkers = s }),
            ["vague-source-heads"] = (v => v.VagueSourceHeads, (v, s) => v with { VagueSourceHeads = s }),
            ["vague-attributions"] = (v => v.VagueAttributions, (v, s) => v with { VagueAttributions = s }),
            ["refutation-phrases"] = (v => v.RefutationPhrases, (v, s) => v with { RefutationPhrases = s }),
            ["contrast-markers"] = (v => v.ContrastMarkers, (v, s) => v with { ContrastMarkers = s }),
            ["document-type-nouns"] = (v => v.DocumentTypeNouns, (v, s) => v with { DocumentTypeNouns = s }),
            ["name-connectors"] = (v => v.NameConnectors, (v, s) => v with { NameConnectors = s }),
            ["boilerplate-lines"] = (v => v.BoilerplateLines, (v, s) => v with { BoilerplateLines = s }),
            ["language-names"] = (v => v.LanguageNames, (v, s) => v with { LanguageNames = s }),
            ["question-labels"] = (v => v.QuestionLabels, (v, s) => v with { QuestionLabels = s }),
            ["answer-labels"] = (v => v.AnswerLabels, (v, s) => v with { AnswerLabels = s }),
            ["bare-labels"] = (v => v.BareLabels, (v, s) => v with { BareLabels = s }),
            ["non-labels"] = (v => v.NonLabels, (v, s) => v with { NonLabels = s }),
            ["honorifics"] = (v => v.Honorifics, (v, s) => v with { Honorifics = s }),
            ["abbreviations"] = (v => v.Abbreviations, (v, s) => v with { Abbreviations = s }),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every list name, sorted, for hints and documentation.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_lists.Keys.Order(StringComparer.Ordinal)];

    public static bool Contains(string name) => s_lists.ContainsKey(name);

    /// <summary>The list <paramref name="name"/> of <paramref name="vocabulary"/>.</summary>
    public static PhraseSet Get(Vocabulary vocabulary, string name) => s_lists[name].Get(vocabulary);

    /// <summary>Applies one edit: a replacement list, then additions, then removals (ignoring case).</summary>
    public static Vocabulary Apply(Vocabulary vocabulary, VocabularyEdit edit)
    {
        var (get, set) = s_lists[edit.List];
        var phrases = edit.Replace is { } replacement ? [.. replacement] : get(vocabulary).Phrases.ToList();
        phrases.AddRange(edit.Add);
        if (edit.Remove.Length > 0)
        {
            var removed = new HashSet<string>(edit.Remove, StringComparer.OrdinalIgnoreCase);
            phrases.RemoveAll(removed.Contains);
        }

        return set(vocabulary, new PhraseSet(phrases));
    }
}
