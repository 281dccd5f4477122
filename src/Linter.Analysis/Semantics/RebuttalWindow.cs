namespace Linter.Analysis;

/// <summary>How far after a claim a rebuttal may come and still answer it.</summary>
public enum RebuttalWindow
{
    /// <summary>In the claim's paragraph.</summary>
    SameParagraph = 0,

    /// <summary>In the claim's paragraph or the next paragraph of the same turn; the default.</summary>
    NextParagraph = 1,

    /// <summary>Anywhere later in the same turn.</summary>
    Turn = 2,
}
