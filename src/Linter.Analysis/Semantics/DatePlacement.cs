namespace Linter.Analysis;

/// <summary>Where in a document a date is written.</summary>
public enum DatePlacement
{
    /// <summary>A front-matter value: <c>date: 2022-04-29</c>.</summary>
    FrontMatter = 0,

    /// <summary>The title's dateline: "(2022-4-29)", "on November 29, 2018".</summary>
    Dateline = 1,

    /// <summary>Elsewhere in the title.</summary>
    Title = 2,

    /// <summary>The publish stamp under the title: "2022-05-05 09:17".</summary>
    PublishStamp = 3,

    /// <summary>The body, including speaker turns.</summary>
    Body = 4,
}
