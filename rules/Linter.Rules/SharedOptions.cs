using Linter.Analysis;
using Linter.Syntax;

namespace Linter.Rules;

/// <summary>
/// Options that more than one rule reads, declared once so that their names, defaults and meanings cannot drift
/// apart. Each rule that reads one lists it in its own <see cref="Rule.Options"/> and is configured on its own.
/// </summary>
public static class SharedOptions
{
    /// <summary><c>keys</c>: front-matter keys that name who speaks or wrote (a schema, so an option, not vocabulary).</summary>
    public static RuleOption<IReadOnlyList<string>> SpeakerKeys { get; } = RuleOption.TextList(
        "keys",
        ["speaker", "speakers", "author", "authors", "by", "spokesperson"],
        "Front-matter keys that name the speaker or author.");

    /// <summary><c>title-words</c>: words of a title that make a document remarks or a transcript, a record of what was said.</summary>
    public static RuleOption<PhraseSet> RemarksTitleWords { get; } = RuleOption.TextList(
        "title-words",
        ["Remarks", "Press Conference", "Briefing", "Transcript", "Press Gaggle", "Press Call", "Interview", "Doorstop"],
        "Words or phrases in a title that make the document remarks or a transcript: a record of what was said.",
        static words => new PhraseSet(words));
}
