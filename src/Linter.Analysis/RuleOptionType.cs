namespace Linter.Analysis;

/// <summary>The types an option value can have.</summary>
public enum RuleOptionType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>True or false.</summary>
    Flag,

    /// <summary>A list of strings.</summary>
    TextList,

    /// <summary>One of <see cref="RuleOptionDescriptor.AllowedValues"/>.</summary>
    Choice,
}
