using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Linter.Syntax;

namespace Linter.Analysis.Configuration;

/// <summary>
/// Writes an <see cref="EffectiveConfiguration"/> in one canonical form (keys sorted, every string
/// length-prefixed so no two configurations can run together into the same text) and hashes it.
/// </summary>
internal static class ConfigurationFingerprint
{
    // Reflection keeps the fingerprint complete when a vocabulary list is added; it runs once per configuration.
    private static readonly PropertyInfo[] s_vocabularyProperties =
        [.. typeof(Vocabulary).GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal)];

    public static string Compute(EffectiveConfiguration configuration)
    {
        var text = new StringBuilder();
        text.Append("stmtlint-config-1\n");
        foreach (var (id, rule) in configuration.Analysis.Rules.OrderBy(r => r.Key.ToUpperInvariant(), StringComparer.Ordinal))
        {
            Write(text, "rule", id.ToUpperInvariant());
            Write(text, "enabled", rule.Enabled?.ToString() ?? "default");
            Write(text, "severity", rule.Severity?.ToString() ?? "default");
            foreach (var (key, value) in rule.Options.Values.OrderBy(o => o.Key.ToUpperInvariant(), StringComparer.Ordinal))
            {
                Write(text, "option", key.ToUpperInvariant());
                WriteValue(text, value);
            }
        }

        foreach (var cited in configuration.Analysis.CitedDocuments)
        {
            Write(text, "cited", cited.Name);
            foreach (var alias in cited.Aliases)
            {
                Write(text, "alias", alias);
            }

            Write(text, "path", cited.TextPath ?? string.Empty);
        }

        foreach (var name in configuration.Analysis.OwnSide)
        {
            Write(text, "own-side", name);
        }

        foreach (var name in configuration.Analysis.Contested)
        {
            Write(text, "contested", name);
        }

        Write(text, "format", configuration.Parse.Format?.ToString() ?? "auto");
        var vocabulary = configuration.Parse.Vocabulary;
        foreach (var property in s_vocabularyProperties)
        {
            Write(text, "vocabulary", property.Name);
            WriteValue(text, property.GetValue(vocabulary));
        }

        foreach (var glob in configuration.CustomRules)
        {
            Write(text, "custom-rules", glob.Pattern);
            Write(text, "base", glob.BaseDirectory);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void WriteValue(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                Write(text, "null", string.Empty);
                break;
            case string s:
                Write(text, "string", s);
                break;
            case PhraseSet phrases:
                WriteValue(text, phrases.Phrases);
                break;
            case IEnumerable<KeyValuePair<string, int>> pairs:
                // A frozen dictionary's order is an implementation detail; sorted, it is stable.
                var sorted = pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                Write(text, "map", sorted.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var (key, number) in sorted)
                {
                    Write(text, "key", key);
                    Write(text, "int", number.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case IDictionary dictionary:
                var entries = new List<(string Key, object? Value)>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    entries.Add((Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value));
                }

                Write(text, "map", entries.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    Write(text, "key", key);
                    WriteValue(text, item);
                }

                break;
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                Write(text, "list", list.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var item in list)
                {
                    WriteValue(text, item);
                }

                break;
            default:
                Write(text, value.GetType().Name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }

    private static void Write(StringBuilder text, string tag, string value) =>
        text.Append(tag).Append(':').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}
