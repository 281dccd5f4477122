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

    /// <summary>
    /// Verb groups that report what a person, an organisation or a group said: "Pompeo <em>said</em> that …",
    /// "FireEye <em>told reporters</em> …", "he <em>was quoted as saying</em> …". Only in lower case: "the United States" holds no cue.
    /// </summary>
    public PhraseSet SpeechVerbs { get; init; } = new([
        "said", "says", "say", "stated", "claimed", "claims", "claim", "alleged", "alleges", "accused",
        "accuses", "accuse", "told reporters", "told journalists", "told the media", "told the press", "told", "tells",
        "tweeted", "tweets", "wrote", "writes", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
        "emphasizes", "asserted", "asserts", "argued", "argues", "insisted", "insists", "warned", "warns", "added",
        "denied", "denies", "declared", "declares", "announced", "announces", "reported", "quoted as saying",
        "called on", "calls on", "urged", "urges", "described", "describes", "criticized", "criticised", "criticizes",
        "criticises", "blamed", "blames", "labelled", "labeled", "branded", "reiterated", "reiterates", "maintained",
        "maintains", "suggested", "suggests", "pointed out", "points out", "revealed", "disclosed", "confirmed",
        "confirms", "threatened", "vowed", "pledged", "promised", "demanded", "complained", "acknowledged", "admitted",
        "remarked", "commented", "responded", "replied", "explained", "mentioned", "indicated", "cautioned", "predicted",
        "contended", "proclaimed", "slammed", "condemned", "condemns", "dismissed", "questioned",
        "saying", "claiming", "accusing", "alleging", "calling on", "urging", "warning", "stating",
        "insisting", "noting", "stressing", "describing", "criticizing", "criticising", "blaming", "denying",
        "suggesting", "demanding", "telling", "talked about", "spoke of", "spoke about", "spoke highly of",
        "elaborated on", "mentioned", "outlined", "reaffirmed", "reaffirms", "affirmed", "expressed concern",
        "expressed concerns", "encouraged", "recommended", "recommends", "made clear",
        "makes clear", "quoted", "announcing", "reporting", "writing", "tweeting", "pointing out", "arguing",
        "asserting", "threatening", "vowing", "pledging", "promising", "talked about", "spoke to", "speaks to", "laid out", "lays out", "highlighted", "highlights",
        "pointed to", "points to", "made the point", "makes the point", "put forward", "echoed", "congratulated",
        "commended", "applauded", "welcomed", "thanked", "rebutted", "refuted", "lobbied", "conveyed",
        "asking", "found", "stipulates", "stipulate", "stipulated", "provides", "concludes", "concluded",
        "appealed", "proposed", "proposes", "clarified", "reports",
        "elaborated", "elaborates", "made it clear", "makes it clear", "talks about", "talk about", "talking about",
        "been clear", "been very clear", "estimates", "estimated", "finds", "requires", "required",
        "made a determination", "makes a determination",
    ]);

    /// <summary>
    /// Speech verbs that report speech only before "that", a colon or a quotation: "the Senate <em>confirmed</em> Lisa Cook"
    /// and "the community <em>responded</em> positively" report nothing; "he <em>confirmed</em> that …" does.
    /// </summary>
    public PhraseSet ClauseCues { get; init; } = new([
        "confirmed", "confirms", "responded", "denied", "denies", "dismissed", "questioned", "echoed", "added",
        "noted", "notes", "noting", "maintained", "maintains", "found", "provides", "concludes", "concluded", "reports",
        "been", "estimates", "estimated", "finds", "requires", "required",
    ]);

    /// <summary>
    /// Nouns that report speech after a possessive source: "Pompeo's <em>remarks</em> that …". A one-word noun needs "that", a
    /// colon or a quotation after it; a phrase ends in the preposition that opens its content: "Australia's <em>call for</em> an
    /// inquiry", "the US side's <em>claim of</em> restrictions".
    /// </summary>
    public PhraseSet CueNouns { get; init; } = new([
        "remarks", "remark", "comments", "comment", "claims", "claim", "allegations", "allegation", "accusations",
        "accusation", "assertion", "assertions", "statement", "statements", "words", "suggestion", "argument",
        "criticism", "warning", "tweet", "tweets", "claim of", "claims of", "claim to", "claims to", "allegations of",
        "allegation of", "accusations of", "accusation of", "call for", "calls for", "proposal to", "proposal for",
        "proposal of", "proposals for", "proposal", "demand for", "demands for",
    ]);

    /// <summary>Auxiliaries and adverbs inside a cue, before its verb: "has <em>repeatedly</em> claimed", "<em>was</em> quoted as saying".</summary>
    public PhraseSet CueAuxiliaries { get; init; } = new([
        "has", "have", "had", "was", "were", "is", "are", "been", "also", "again", "once", "recently", "earlier", "previously", "publicly",
        "reportedly", "allegedly", "just", "already", "later", "then", "yesterday", "today", "always", "repeatedly",
        "further", "even", "explicitly", "specifically", "clearly", "openly", "falsely", "wrongly", "flatly",
        "firmly", "directly", "officially", "separately", "privately", "frequently", "constantly", "continuously",
        "still", "even", "last", "week", "long", "certainly", "basically",
    ]);

    /// <summary>Words after a cue that may come before its "that": "said <em>on Sunday at</em> the Dialogue that …".</summary>
    public PhraseSet CueAdjuncts { get; init; } = new([
        "on", "in", "at", "during", "to", "via", "through", "over", "after", "before", "recently", "earlier",
        "yesterday", "today", "again", "also", "publicly", "repeatedly", "last", "this", "reporters", "journalists",
        "once", "previously", "separately", "explicitly", "openly", "clearly", "when", "while",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]);

    /// <summary>Lower-case head nouns of a source: "the Japanese <em>side</em>", "a recent UN <em>report</em>", "some US <em>politicians</em>".</summary>
    public PhraseSet SourceHeadNouns { get; init; } = new([
        "side", "sides", "government", "governments", "ministry", "ministries", "media", "report", "reports",
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials", "politicians",
        "politician", "people", "leader", "leaders", "leadership", "authorities", "authority", "department",
        "embassy", "consulate", "ambassador", "minister", "ministers", "president", "secretary", "premier", "chancellor",
        "senator", "senators", "lawmakers", "lawmaker", "congressman", "congresswoman", "legislators", "diplomat",
        "diplomats", "analysts", "analyst", "experts", "expert", "critics", "critic", "scholars", "scholar",
        "sources", "source", "newspaper", "newspapers", "observers", "observer", "military", "army", "navy",
        "police", "colleague", "colleagues", "country", "countries", "nation", "nations", "organization",
        "organisation", "organizations", "organisations", "agency", "agencies", "committee", "council", "company",
        "companies", "firm", "group", "groups", "statement", "article", "survey", "study", "outlet", "outlets",
        "administration", "office", "party", "parties", "state", "states", "team", "envoy", "envoys", "delegation",
        "representative", "representatives", "commissioner", "chairman", "chair", "director", "director-general",
        "chief", "head", "general", "commander", "officer", "officers", "member", "members", "mission",
        "commission", "board", "press", "journalist", "journalists", "reporter", "reporters", "paper", "website",
        "account", "individuals", "persons", "person", "voices", "forces", "netizens", "commentators",
        "commentary", "editorial", "residents", "activists", "groups", "campaigners", "researchers", "scientists",
        "friends", "family", "lawyer", "lawyers", "court", "judge", "prosecutors", "investigators", "society",
        "community", "communities", "institute", "think-tank", "think", "tank", "watchdog", "regulator",
        "regulators", "bank", "fund", "union", "alliance", "coalition", "bloc", "camp", "counterpart",
        "counterparts", "others", "rumours", "rumors", "someone", "somebody", "people's", "readout", "letter",
        "resolution", "declaration", "communique", "document", "paper", "post", "video", "interview",
        "guidance", "guidelines", "law", "bill", "act", "constitution", "treaty", "charter", "businesses",
        "everybody", "everyone", "respondents", "participants", "voters", "citizens", "workers", "doctors",
        "economists",
    ]);

    /// <summary>Determiners, quantifiers and modifiers a source may hold: "<em>some</em> US politicians", "a <em>senior</em> official".</summary>
    public PhraseSet SourceModifiers { get; init; } = new([
        "the", "a", "an", "some", "many", "certain", "several", "both", "its", "his", "her", "their", "these",
        "those", "this", "that", "one", "other", "most", "all", "relevant", "senior", "recent", "former", "top",
        "local", "foreign", "international", "western", "individual", "new", "latest", "anonymous", "unnamed",
        "leading", "prominent", "few", "various", "numerous", "high-level", "national", "federal", "state-run",
        "state", "official", "military", "defense", "defence", "security", "intelligence", "public", "ruling",
        "opposition", "joint", "two", "three", "four", "five", "his", "my", "your", "our", "own",
    ]);

    /// <summary>Pronouns that may stand as a source for a later step to resolve: "<em>he</em> said", "<em>You</em> said last week".</summary>
    public PhraseSet SourcePronouns { get; init; } = new(["he", "she", "it", "they", "you"]);

    /// <summary>Object pronouns that stand as a source only after a verb of perception: "you heard <em>him</em> say …".</summary>
    public PhraseSet ObjectPronouns { get; init; } = new(["him", "her", "them"]);

    /// <summary>Verbs of perception whose object is the source of the speech verb after it: "you've <em>heard</em> him say …".</summary>
    public PhraseSet PerceptionVerbs { get; init; } = new(["heard", "hear", "hearing", "seen", "saw", "see", "seeing", "watched", "watch"]);

    /// <summary>
    /// Participles that report for the agent of a passive: "were <em>echoed</em> by other participants", "was <em>reported</em>
    /// by Australian media". "questioned by the police" and "confirmed by tests" are acts, not speech.
    /// </summary>
    public PhraseSet AgentCues { get; init; } = new([
        "reported", "echoed", "stated", "claimed", "described", "criticized", "criticised", "condemned", "denied", "noted",
        "mentioned", "said", "proposed", "suggested", "alleged", "announced", "tweeted", "highlighted", "stressed",
        "emphasized", "emphasised", "commended", "welcomed", "applauded", "accused", "blamed", "labelled", "labeled",
        "branded", "urged", "reiterated", "refuted", "rebutted",
    ]);

    /// <summary>True when <paramref name="word"/> alone is a source that a later step resolves: "he", "you", "him".</summary>
    public bool IsPronounSource(ReadOnlySpan<char> word) => SourcePronouns.ContainsWord(word) || ObjectPronouns.ContainsWord(word);

    /// <summary>The reporting speaker speaking of themselves, never the source of a claim to answer: "As <em>I</em> said", "<em>we</em> have noted".</summary>
    public PhraseSet FirstPersonWords { get; init; } = new(["I", "we", "us", "me", "my", "our"]);

    /// <summary>Capitalised words that open a sentence but are never part of a source: "<em>Meanwhile</em>, the US said …".</summary>
    public PhraseSet NonSourceWords { get; init; } = new([
        "And", "But", "Also", "So", "Then", "Yet", "Still", "Now", "Today", "Tonight", "Yesterday", "Recently",
        "Earlier", "Later", "Meanwhile", "Moreover", "Furthermore", "However", "Indeed", "First", "Firstly", "Second",
        "Secondly", "Third", "Thirdly", "Finally", "Lastly", "Last", "Next", "Besides", "Previously", "Since", "When",
        "While", "If", "After", "Before", "Although", "Though", "Because", "As", "Why", "What", "How", "Where", "Who",
        "Whom", "Whose", "Which", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Can",
        "Could", "Will", "Would", "Should", "May", "Might", "Must", "In", "On", "At", "For", "From", "With", "By",
        "Of", "To", "Regarding", "Concerning", "There", "Here", "Separately", "Again", "Once", "Just", "Only", "Even",
        "Q", "A", "Well", "Yes", "No", "Not", "Nor", "Or", "Thus", "Hence", "Therefore", "Otherwise", "Instead",
        "Please", "Let", "Given", "According", "Despite", "Under", "Over", "Through", "During", "Following",
        "Like", "Unlike", "Why", "Whether", "Actually", "Obviously", "Clearly", "Apparently", "Reportedly",
        "Additionally", "Similarly", "Likewise", "Overall", "Lately", "Currently", "Subsequently", "Afterwards",
        "Question", "Answer", "Follow-up", "Because", "Nevertheless", "Nonetheless", "Ironically", "Specifically",
        "Notably", "Importantly", "Interestingly", "Unfortunately", "Fortunately", "Sadly",
    ]);

    /// <summary>Words that open a subordinate clause, whose subject is not the sentence's: "<em>As</em> some countries have …, ICAO has …".</summary>
    public PhraseSet Subordinators { get; init; } = new([
        "as", "when", "while", "if", "after", "before", "although", "though", "because", "since", "unless", "whereas", "once",
    ]);

    /// <summary>Words before a source that make it no subject of a report: "<em>whether</em> he said", "<em>who</em> he said".</summary>
    public PhraseSet NonClaimOpeners { get; init; } = new(["unlike", "who", "which", "whom", "whose", "to", "if", "whether", "than"]);

    /// <summary>
    /// Auxiliaries before a cue that make it no report of what was said: "would <em>say</em>", "did he claim",
    /// "is said" (an impersonal passive, see <see cref="VagueAttributions"/>).
    /// </summary>
    public PhraseSet NonReportingAuxiliaries { get; init; } = new([
        "do", "does", "did", "will", "would", "can", "could", "may", "might", "should", "must", "shall", "to",
        "is", "are", "be", "been", "being", "not", "never", "let", "didn't", "doesn't", "won't", "wouldn't", "don't",
    ]);

    /// <summary>
    /// Cues that frame what they report as contestable: "the US side <em>claimed</em> that …", "<em>accused</em> China of …".
    /// A rebutted claim with such a cue makes its source one the document contests.
    /// </summary>
    public PhraseSet HostileCues { get; init; } = new([
        "claimed", "claims", "claim", "claiming", "alleged", "alleges", "alleging", "accused", "accuses", "accusing",
        "accusation", "accusations", "allegation", "allegations", "smeared", "slandered", "purported", "purports",
        "touted", "hyped", "peddled", "fabricated", "insisted", "asserted", "blamed", "blaming", "so-called",
    ]);

    /// <summary>
    /// Cues that report an assertion, not an act: "said", "stated", "insisted". Besides a cited document's, only a claim with
    /// such a cue or a hostile one needs an answer: "the US announced new tariffs" narrates what was done.
    /// </summary>
    public PhraseSet AssertingCues { get; init; } = new([
        "said", "says", "say", "saying", "stated", "told reporters", "told", "tells", "tweeted", "wrote", "writes",
        "insisted", "insists", "asserted", "asserts", "declared", "declares", "argued", "argues", "maintained",
        "maintains", "stressed", "stresses", "denied", "denies", "quoted as saying", "described", "describes",
    ]);

    /// <summary>Cues that report only before an object and "to": "called on Japan <em>to</em> …"; "called on the Prime Minister" is a visit.</summary>
    public PhraseSet InfinitiveCues { get; init; } = new(["called on", "calls on", "call on", "calling on", "asking"]);

    /// <summary>
    /// Verbs that put out a document whose participle reports for its issuer: "The US Embassy <em>issued</em> a statement saying
    /// that …" is the embassy's claim.
    /// </summary>
    public PhraseSet IssuingVerbs { get; init; } = new(["issued", "released", "published", "put out", "sent", "posted", "issues", "releases"]);

    /// <summary>
    /// Existential openings whose report noun is the source of what follows: "<em>There are</em> reports that …",
    /// "<em>there has been</em> some reporting that …". Written with an apostrophe, "there's" is one word here.
    /// </summary>
    public PhraseSet ExistentialCues { get; init; } = new([
        "there is", "there are", "there was", "there were", "there have been", "there has been", "there had been",
        "there's", "there's been",
    ]);

    /// <summary>Nouns that carry what an existential opening reports: "There are <em>reports</em> that …", "There are <em>news</em> that …".</summary>
    public PhraseSet ReportNouns { get; init; } = new([
        "report", "reports", "reporting", "news", "rumours", "rumors", "rumour", "rumor", "speculation", "allegations",
        "claims", "suggestions", "article", "articles", "story", "stories",
    ]);

    /// <summary>Sayings that quote no one: "<em>as they say</em> in Delaware, …".</summary>
    public PhraseSet SayingIdioms { get; init; } = new([
        "as they say", "as people say", "as the saying goes", "as the old saying goes", "as the Chinese saying goes",
    ]);

    /// <summary>Words before a source that cite it in support, not to answer it: "<em>as</em> the Plan of Action points out".</summary>
    public PhraseSet SupportMarkers { get; init; } = new(["as", "like", "just as", "just like"]);

    /// <summary>Head nouns of a source that names no one: "some <em>people</em>", "<em>critics</em>", "some <em>media</em>".</summary>
    public PhraseSet VagueSourceHeads { get; init; } = new([
        "people", "media", "critics", "observers", "analysts", "experts", "sources", "voices", "reports", "countries",
        "politicians", "individuals", "forces", "persons", "someone", "somebody", "officials", "commentators",
        "rumours", "rumors", "netizens", "organizations", "organisations", "others", "outlets", "scholars", "quarters",
        "circles", "elements", "reporting", "news",
    ]);

    /// <summary>Impersonal attributions that name no source: "<em>it is said</em> that", "<em>there are voices</em> claiming".</summary>
    public PhraseSet VagueAttributions { get; init; } = new([
        "it is said", "it was said", "it has been said", "it is reported", "it was reported", "it has been reported",
        "it is widely believed", "it is believed", "it is widely reported", "it is alleged", "it was alleged",
        "it is claimed", "it was claimed", "it is rumoured", "it is rumored", "there are voices", "there have been voices",
        "there were voices", "there are reports", "there have been reports", "there were reports", "there are claims",
        "there have been claims", "some say", "some claim", "some people say", "some have said", "some have claimed",
        "some people claim", "people say", "it is widely said", "rumour has it", "rumor has it",
    ]);

    /// <summary>Markers that open a rebuttal sentence: "<em>However</em>, the US has …".</summary>
    public PhraseSet ContrastMarkers { get; init; } = new([
        "However", "But", "Yet", "In fact", "On the contrary", "Nevertheless", "Nonetheless", "In reality",
        "The fact is", "The truth is", "The reality is", "Contrary to", "Actually", "Instead", "Ironically",
    ]);

    /// <summary>
    /// Phrases that make a sentence answer what came before even without a contrast marker: "This is <em>groundless</em>",
    /// "There is <em>no evidence</em>", "<em>not true</em>". A sentence that reports a claim is read as a claim first.
    /// </summary>
    public PhraseSet RefutationPhrases { get; init; } = new([
        "groundless", "baseless", "unfounded", "untenable", "nonsense", "ridiculous", "absurd", "preposterous",
        "not true", "untrue", "no evidence", "not supported by facts", "lies", "a lie", "sheer fabrication",
        "fabrication", "fabrications", "disinformation", "misinformation", "false accusations", "false claims",
        "groundless accusations", "not the case", "far from the truth", "flies in the face of", "runs counter to",
        "contrary to the facts", "inconsistent with the facts", "distorts the facts", "distorting facts", "double standards",
        "double standard", "hypocrisy", "hypocritical", "irresponsible", "unwarranted", "smear", "smears", "slander",
        "slanders", "firmly opposes", "firmly oppose", "strongly opposes", "strongly deplores", "deplores", "rejects",
        "reject", "misleading", "inaccurate", "wrong", "mistaken", "fallacy", "fallacies", "rumor", "rumors",
        "rumour", "rumours", "fiction", "pure fiction", "made up", "fake news", "lie", "lying", "no basis",
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
