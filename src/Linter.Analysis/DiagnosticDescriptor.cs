using System.Globalization;
using System.Text.RegularExpressions;

namespace Linter.Analysis;

/// <summary>
/// Describes one kind of diagnostic a rule reports: its ID, name, texts, category, default severity
/// and whether it comes with a fix. A rule declares its descriptors in <see cref="Rule.SupportedDiagnostics"/>.
/// </summary>
public sealed partial class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor, checking that the ID and name have the required form.</summary>
    /// <param name="id">
    /// Capital letters and then digits: "SL" and four digits for the built-in rules ("SL1001"), a
    /// team's own prefix for custom rules ("HOUSE001"); never reused once published.
    /// </param>
    /// <param name="name">Kebab-case name that reads as what is flagged: "claim-without-rebuttal".</param>
    /// <param name="title">A short sentence-case title.</param>
    /// <param name="messageFormat">A composite format string (<c>{0}</c>, <c>{1}</c>) for the message.</param>
    /// <param name="category">One of <see cref="RuleCategory"/>.</param>
    /// <param name="defaultSeverity">The severity unless configuration says otherwise.</param>
    /// <param name="isEnabledByDefault">Whether the rule runs without being switched on.</param>
    /// <param name="helpLink">Where the rule's documentation page is.</param>
    /// <param name="fix">Whether diagnostics come with a fix.</param>
    /// <param name="fixSafety">The most a fix of this rule may do; the engine rejects an unsafe fix from a rule declared safe.</param>
    /// <exception cref="ArgumentException">The ID, name or message format is malformed.</exception>
    public DiagnosticDescriptor(
        string id,
        string name,
        string title,
        string messageFormat,
        string category,
        Severity defaultSeverity,
        bool isEnabledByDefault = true,
        string? helpLink = null,
        FixAvailability fix = FixAvailability.None,
        FixSafety fixSafety = FixSafety.Safe)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        if (id is null || !IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"A rule ID is two or more capital letters and then three or more digits, such as 'SL1001' or 'HOUSE001'; got '{id}'.", nameof(id));
        }

        if (name is null || !NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"A rule name is kebab-case, such as 'claim-without-rebuttal'; got '{name}'.", nameof(name));
        }

        if (!Enum.IsDefined(defaultSeverity))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultSeverity));
        }

        Id = id;
        Name = name;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        HelpLink = helpLink;
        Fix = fix;
        FixSafety = fixSafety;
    }

    /// <summary>Capital letters and then digits, such as "SL1001".</summary>
    public string Id { get; }

    /// <summary>The kebab-case name, printed after messages and accepted wherever an ID is.</summary>
    public string Name { get; }

    public string Title { get; }

    /// <summary>The composite format string the message is made from.</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    public Severity DefaultSeverity { get; }

    public bool IsEnabledByDefault { get; }

    /// <summary>The rule's documentation page, or null.</summary>
    public string? HelpLink { get; }

    public FixAvailability Fix { get; }

    /// <summary>Whether the rule's fixes are safe or may be unsafe; meaningless when <see cref="Fix"/> is <see cref="FixAvailability.None"/>.</summary>
    public FixSafety FixSafety { get; }

    /// <summary>Formats the message with <paramref name="args"/>, invariantly, so output does not depend on the machine's culture.</summary>
    /// <exception cref="ArgumentException">The format refers to more arguments than were given.</exception>
    public string FormatMessage(params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The message format of {Id} ('{MessageFormat}') does not fit the {args.Length} argument(s) given.", nameof(args), e);
        }
    }

    public override string ToString() => $"{Id} {Name}";

    /// <summary>Whether <paramref name="id"/> has the form of a rule ID: capital letters and then digits, such as "SL1001" or "HOUSE001".</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Whether <paramref name="name"/> has the form of a rule name: kebab-case, such as "claim-without-rebuttal".</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex("^[A-Z]{2,}[0-9]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
