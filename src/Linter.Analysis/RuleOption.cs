using System.Collections.Immutable;

namespace Linter.Analysis;

/// <summary>
/// An option a rule declares in <see cref="Rule.Options"/>: its name, type, default, meaning and how a
/// configured value becomes what the rule reads, in one declaration. Read it with
/// <c>context.GetOption(option)</c>; see <see cref="RuleOption{T}"/>.
/// </summary>
public abstract class RuleOption
{
    private protected RuleOption(RuleOptionDescriptor descriptor)
    {
        Descriptor = descriptor;
    }

    /// <summary>What configuration checks values against, and <c>stmtlint explain</c> shows.</summary>
    public RuleOptionDescriptor Descriptor { get; }

    /// <summary>The kebab-case key in configuration.</summary>
    public string Name => Descriptor.Name;

    /// <summary>The value a rule reads: the configured one converted, or the default converted when none is set.</summary>
    internal abstract object? Convert(object? configured);

    public override string ToString() => Name;

    /// <summary>Free text; an empty or blank value counts as not set.</summary>
    public static RuleOption<string> Text(string name, string defaultValue, string description) =>
        new(new RuleOptionDescriptor(name, RuleOptionType.Text, defaultValue, description), value => value is string text && !string.IsNullOrWhiteSpace(text) ? text : defaultValue);

    /// <summary>A whole number.</summary>
    public static RuleOption<int> WholeNumber(string name, int defaultValue, string description) =>
        new(new RuleOptionDescriptor(name, RuleOptionType.WholeNumber, defaultValue, description), value => value is int number ? number : defaultValue);

    /// <summary>True or false.</summary>
    public static RuleOption<bool> Flag(string name, bool defaultValue, string description) =>
        new(new RuleOptionDescriptor(name, RuleOptionType.Flag, defaultValue, description), value => value is bool flag ? flag : defaultValue);

    /// <summary>A list of strings.</summary>
    public static RuleOption<IReadOnlyList<string>> TextList(string name, IReadOnlyList<string> defaultValue, string description) =>
        TextList(name, defaultValue, description, static list => list);

    /// <summary>
    /// A list of strings, read as what <paramref name="convert"/> makes of it (a phrase set, say), once per
    /// configuration rather than once per document.
    /// </summary>
    public static RuleOption<T> TextList<T>(string name, IReadOnlyList<string> defaultValue, string description, Func<IReadOnlyList<string>, T> convert)
    {
        ArgumentNullException.ThrowIfNull(defaultValue);
        ArgumentNullException.ThrowIfNull(convert);
        ImmutableArray<string> defaults = [.. defaultValue];
        return new(
            new RuleOptionDescriptor(name, RuleOptionType.TextList, defaults, description),
            value => convert(value is IEnumerable<string> strings ? [.. strings] : defaults));
    }

    /// <summary>One of <paramref name="choices"/>, each a word in configuration and the value the rule reads for it.</summary>
    /// <exception cref="ArgumentException"><paramref name="defaultValue"/> is not one of the words.</exception>
    public static RuleOption<T> Choice<T>(string name, string defaultValue, string description, params (string Word, T Value)[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var byWord = choices.ToDictionary(c => c.Word, c => c.Value, StringComparer.OrdinalIgnoreCase);
        if (!byWord.TryGetValue(defaultValue, out var fallback))
        {
            throw new ArgumentException($"The default '{defaultValue}' of option '{name}' is not one of its choices.", nameof(defaultValue));
        }

        return new(
            new RuleOptionDescriptor(name, RuleOptionType.Choice, defaultValue, description, [.. choices.Select(c => c.Word)]),
            value => value is string word && byWord.TryGetValue(word, out var chosen) ? chosen : fallback);
    }
}

/// <summary>An option whose value a rule reads as a <typeparamref name="T"/>; made by the factories of <see cref="RuleOption"/>.</summary>
public sealed class RuleOption<T> : RuleOption
{
    private readonly Func<object?, T> _convert;

    /// <summary>Creates an option from its descriptor and the conversion of a configured value (null when none is set).</summary>
    public RuleOption(RuleOptionDescriptor descriptor, Func<object?, T> convert)
        : base(descriptor ?? throw new ArgumentNullException(nameof(descriptor)))
    {
        ArgumentNullException.ThrowIfNull(convert);
        _convert = convert;
        DefaultValue = convert(null);
    }

    /// <summary>The value read when the option is not configured.</summary>
    public T DefaultValue { get; }

    internal override object? Convert(object? configured) => configured is null ? DefaultValue : _convert(configured);
}
