namespace Linter.Analysis;

/// <summary>The categories a <see cref="DiagnosticDescriptor"/> is filed under; each owns a block of rule IDs.</summary>
public static class RuleCategory
{
    /// <summary>SL0xxx: the document could not be read or parsed cleanly.</summary>
    public const string Syntax = "Syntax";

    /// <summary>SL1xxx: claims of cited documents and the rebuttals that answer them.</summary>
    public const string Claims = "Claims";

    /// <summary>SL2xxx: dates of the event and of publication.</summary>
    public const string Dates = "Dates";

    /// <summary>SL3xxx: who said what: speakers, quotations, citations.</summary>
    public const string Attribution = "Attribution";

    /// <summary>SL4xxx: text left over from a web page or a template.</summary>
    public const string Boilerplate = "Boilerplate";

    /// <summary>SL9xxx: problems of the linter itself, such as a rule that failed.</summary>
    public const string Internal = "Internal";

    /// <summary>The default category of a custom rule that names none.</summary>
    public const string Custom = "Custom";
}
