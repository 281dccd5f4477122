using System.Collections.Frozen;

namespace Linter.Syntax;

/// <summary>
/// The words that drive recognition: which verbs report a claim, which markers open a rebuttal,
/// which nouns name a document, which lines are page chrome. English by default; configuration
/// replaces or extends any list. No rule and no parser hard-codes one of these words.
/// </summary>
public sealed record Vocabulary
{
    public static Vocabulary Default { get; } = new();

    /// <summary>Verbs that make a cited document the source of a claim: "The Declaration <em>stresses</em> that …".</summary>
    public PhraseSet ReportingVerbs { get; init; } = new([
        "says", "said", "states", "stated", "stresses", "stressed", "claims", "claimed", "underscores",
        "underscored", "opposes", "opposed", "purports", "purported", "asserts", "asserted", "alleges",
        "alleged", "argues", "argued", "emphasizes", "emphasises", "emphasized", "emphasised", "maintains",
        "notes", "noted", "declares", "declared", "insists", "insisted", "proclaims", "pledges", "pledged",
        "affirms", "affirmed", "reaffirms", "reaffirmed", "highlights", "highlighted", "contends", "accuses",
        "accused", "calls for", "called for", "calls on", "called on", "urges", "urged", "demands",
        "demanded", "suggests", "suggested", "describes", "described", "labels", "labelled", "labeled",
        "criticizes", "criticises", "criticized", "criticised", "condemns", "condemned", "expresses",
        "expressed", "vows", "vowed", "commits", "committed", "promises", "promised", "supports",
        "recognizes", "recognises", "acknowledges", "reiterates", "reiterated", "warns", "warned",
    ]);

    /// <summary>Adverbs allowed between a cited document and its reporting verb: "The Declaration <em>also</em> claims".</summary>
    public PhraseSet ReportingAdverbs { get; init; } = new([
        "also", "further", "even", "repeatedly", "explicitly", "specifically", "clearly", "openly", "falsely", "wrongly",
    ]);

    /// <summary>Markers that open a rebuttal sentence: "<em>However</em>, the US has …".</summary>
    public PhraseSet ContrastMarkers { get; init; } = new([
        "However", "But", "Yet", "In fact", "On the contrary", "Nevertheless", "Nonetheless", "In reality",
        "The fact is", "The truth is", "The reality is", "Contrary to", "Actually", "Instead", "Ironically",
    ]);

    /// <summary>Nouns that make a capitalised phrase the name of a document: "the <em>Declaration</em>".</summary>
    public PhraseSet DocumentTypeNouns { get; init; } = new([
        "Declaration", "Report", "Resolution", "Statement", "Strategy", "Act", "Communiqué", "Communique",
        "White Paper", "Law", "Treaty", "Agreement", "Convention", "Charter", "Joint Statement", "Memorandum",
        "Protocol", "Accord", "Bill", "Directive", "Regulation", "Initiative", "Plan", "Framework",
        "Guidelines", "Principles", "Roadmap", "Manifesto", "Constitution", "Fact Sheet", "Readout",
    ]);

    /// <summary>Lower-case words allowed inside a document's full name: "Declaration <em>for the</em> Future <em>of the</em> Internet".</summary>
    public PhraseSet NameConnectors { get; init; } = new([
        "of", "for", "the", "on", "and", "to", "in", "against", "between", "with", "de", "la", "du",
    ]);

    /// <summary>Whole lines of web-page chrome: "Suggest to a friend", "Print".</summary>
    public PhraseSet BoilerplateLines { get; init; } = new([
        "Suggest to a friend", "Print", "Share", "Share this", "Share this page", "Email", "Tweet", "Back to top",
        "Top", "Close", "Close window", "Print this page", "Related articles", "Related", "Home", "Menu",
        "Skip to content", "Skip to main content", "Accept cookies", "We use cookies", "Cookie settings",
        "Next", "Previous", "Next article", "Previous article", "Download", "Subscribe", "Follow us",
        "Text size", "A A A", "Bookmark", "Font size",
    ]);

    /// <summary>Names of languages as a site's language bar lists them.</summary>
    public PhraseSet LanguageNames { get; init; } = new([
        "English", "عربي", "العربية", "Español", "Espanol", "Русский", "Français", "Francais", "简体中文",
        "繁體中文", "中文", "Deutsch", "日本語", "한국어", "Português", "Italiano", "Bahasa", "Melayu", "தமிழ்",
    ]);

    /// <summary>Speaker labels that mark a questioner: "Q", "Follow-up", "Reporter".</summary>
    public PhraseSet QuestionLabels { get; init; } = new([
        "Q", "Question", "QUESTION", "Follow-up", "Follow up", "Followup", "Reporter", "Journalist", "Audience member",
    ]);

    /// <summary>Speaker labels that mark an answer without naming who gives it: "A", "Answer".</summary>
    public PhraseSet AnswerLabels { get; init; } = new(["A", "Answer", "ANSWER"]);

    /// <summary>Labels that may stand without a colon at a paragraph start, before two or more spaces or a no-break space.</summary>
    public PhraseSet BareLabels { get; init; } = new(["Q", "A", "QUESTION", "ANSWER"]);

    /// <summary>Words before a colon that never make a speaker label: "Note:", "Source:".</summary>
    public PhraseSet NonLabels { get; init; } = new([
        "Note", "Notes", "Source", "Sources", "Photo", "Tags", "Tag", "Related", "Update", "Updated", "Editor's note",
        "Attachment", "Attachments", "Contact", "Contacts", "Media contact", "Date", "Time", "Location", "Venue",
        "Title", "Subject", "Re", "Summary", "Background", "Topic", "Topics", "Issue", "Issues", "Agenda",
        "Category", "Keywords", "Translation", "Transcript", "Link", "Links", "See", "See also", "Example",
        "Examples", "Warning", "Caution", "Important", "Reference", "References", "Theme", "Outcome", "Outcomes",
        "Objective", "Objectives", "Highlights", "Key points", "Watch", "Read", "Listen", "Video", "Audio",
        "Credit", "Credits", "Photo Credit", "Photo credit", "Image", "Image credit", "Caption",
    ]);

    /// <summary>Titles before a name inside a label: "MS. PSAKI", "Mr Lee".</summary>
    public PhraseSet Honorifics { get; init; } = new([
        "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Madam", "Dame",
        "H.E.", "HE", "Amb.", "Ambassador", "Spokesperson", "Spokesman", "Spokeswoman", "Minister", "Secretary",
        "President", "Premier", "Senator", "Rep.", "Representative", "Admiral", "General", "Gen.", "Col.",
    ]);

    /// <summary>Words ending in a dot that do not end a sentence: "Mr.", "No.", "e.g.".</summary>
    public PhraseSet Abbreviations { get; init; } = new([
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "No.", "Nos.", "Jr.", "Sr.", "vs.", "etc.", "e.g.", "i.e.",
        "a.m.", "p.m.", "A.M.", "P.M.", "U.S.", "U.K.", "U.N.", "E.U.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.",
        "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Gen.", "Col.", "Lt.", "Sgt.", "Rep.", "Sen.",
        "Gov.", "Amb.", "H.E.", "Inc.", "Ltd.", "Co.", "Corp.", "approx.", "cf.", "Vol.", "Art.", "para.",
    ]);

    /// <summary>Month names and abbreviations with their numbers, for written dates.</summary>
    public FrozenDictionary<string, int> Months { get; init; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["Jan"] = 1, ["February"] = 2, ["Feb"] = 2, ["March"] = 3, ["Mar"] = 3,
        ["April"] = 4, ["Apr"] = 4, ["May"] = 5, ["June"] = 6, ["Jun"] = 6, ["July"] = 7, ["Jul"] = 7,
        ["August"] = 8, ["Aug"] = 8, ["September"] = 9, ["Sep"] = 9, ["Sept"] = 9, ["October"] = 10,
        ["Oct"] = 10, ["November"] = 11, ["Nov"] = 11, ["December"] = 12, ["Dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Looks a month name up by span without allocating.</summary>
    public bool TryGetMonth(ReadOnlySpan<char> name, out int month) =>
        Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out month);
}
