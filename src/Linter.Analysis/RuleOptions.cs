using System.Collections.Immutable;

namespace Linter.Analysis;

/// <summary>
/// The options configured for one rule. Configuration checks each value against the rule's
/// <see cref="Rule.SupportedOptions"/> before it gets here, so a getter finds either the declared type or nothing;
/// rules still pass their default, which is used when the option is not set.
/// </summary>
public sealed class RuleOptions
{
    private readonly ImmutableDictionary<string, object> _values;

    /// <summary>Creates a bag from configured values; keys are compared ignoring case.</summary>
    public RuleOptions(IEnumerable<KeyValuePair<string, object>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, values);
    }

    /// <summary>No options configured.</summary>
    public static RuleOptions Empty { get; } = new([]);

    public int Count => _values.Count;

    /// <summary>Every configured value, for fingerprinting a configuration.</summary>
    internal ImmutableDictionary<string, object> Values => _values;

    /// <summary>The configured value for <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out object? value)
    {
        var found = _values.TryGetValue(key, out var stored);
        value = stored;
        return found;
    }

    /// <summary>A whole number, or <paramref name="defaultValue"/> when the option is not set or is not a whole number.</summary>
    public int GetInt(string key, int defaultValue) =>
        _values.TryGetValue(key, out var value) && value is int number ? number : defaultValue;

    /// <summary>A flag, or <paramref name="defaultValue"/> when the option is not set or is not a flag.</summary>
    public bool GetBool(string key, bool defaultValue) =>
        _values.TryGetValue(key, out var value) && value is bool flag ? flag : defaultValue;

    /// <summary>A text (or choice), or <paramref name="defaultValue"/> when the option is not set or is not text.</summary>
    public string GetString(string key, string defaultValue) =>
        _values.TryGetValue(key, out var value) && value is string text ? text : defaultValue;

    /// <summary>A list of strings, or <paramref name="defaultValue"/> when the option is not set or is not a list of strings.</summary>
    public IReadOnlyList<string> GetStrings(string key, IReadOnlyList<string> defaultValue) =>
        _values.TryGetValue(key, out var value) && value is IEnumerable<string> strings ? [.. strings] : defaultValue;
}
