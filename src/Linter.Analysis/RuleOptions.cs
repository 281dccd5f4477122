using System.Collections.Immutable;

namespace Linter.Analysis;

/// <summary>
/// The options configured for one rule. Configuration does not fill it yet, so rules read their
/// options with a default and behave the same until it does.
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

    /// <summary>The configured value for <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out object? value)
    {
        var found = _values.TryGetValue(key, out var stored);
        value = stored;
        return found;
    }

    /// <summary>A list of strings, or <paramref name="defaultValue"/> when the option is not set or is not a list of strings.</summary>
    public IReadOnlyList<string> GetStrings(string key, IReadOnlyList<string> defaultValue) =>
        _values.TryGetValue(key, out var value) && value is IEnumerable<string> strings ? [.. strings] : defaultValue;
}
