using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO.Hashing;
using System.Text;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.CustomRules.CSharp;
using Linter.CustomRules.Yaml;
using Linter.Analysis.IO;

namespace Linter.CustomRules;

/// <summary>
/// Loads custom rule files (YAML, and C# unless refused) into rules, and checks that their IDs and
/// names clash neither with the built-in rules nor with each other.
/// </summary>
/// <remarks>
/// The C# compiler is reached only through <see cref="CodeRuleFile"/>, and only for a <c>.cs</c>
/// file, so a run with YAML rules alone never loads it.
/// </remarks>
public sealed class CustomRuleLoader
{
    private const string ReservedPrefix = "SL";

    private readonly RuleCatalog _builtIn;
    private readonly CustomRuleLoadOptions _options;

    /// <summary>Creates a loader.</summary>
    /// <param name="builtIn">The built-in rules, whose IDs and names custom rules may not take.</param>
    /// <param name="options">Whether C# rules may run, and where compiled ones are kept.</param>
    public CustomRuleLoader(RuleCatalog builtIn, CustomRuleLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        ArgumentNullException.ThrowIfNull(options);
        _builtIn = builtIn;
        _options = options;
    }

    /// <summary>Loads the files at <paramref name="paths"/> (full paths); mistakes are collected, never thrown.</summary>
    public CustomRuleSet Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var errors = new List<RuleFileError>();
        var files = ImmutableArray.CreateBuilder<CustomRuleFile>();
        var skipped = ImmutableArray.CreateBuilder<string>();
        var compiled = 0;
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var fileErrors = new RuleFileErrors(path, errors);
            byte[] bytes;
            try
            {
                bytes = BoundedFile.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                fileErrors.Add(1, 1, $"cannot read the rule file: {e.Message}");
                continue;
            }

            var hash = Convert.ToHexString(XxHash128.Hash(bytes));
            var text = Decode(bytes);
            ImmutableArray<Rule> rules;
            if (CustomRuleFiles.IsCode(path))
            {
                if (!_options.AllowCodeRules)
                {
                    skipped.Add(path);
                    continue;
                }

                if (!CodeRuleSupport.IsSupported)
                {
                    throw new CodeRulesNotSupportedException(path);
                }

                rules = LoadCode(path, text, hash, fileErrors, out var wasCompiled);
                compiled += wasCompiled ? 1 : 0;
            }
            else
            {
                rules = [.. YamlRuleFile.Load(text, fileErrors)];
            }

            rules = [.. rules.Where(rule => Claim(rule, path, text, owners, fileErrors))];
            rules = Initialized(rules, fileErrors);
            files.Add(new CustomRuleFile(path, hash, rules));
        }

        var sorted = errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column);
        return new CustomRuleSet(files.ToImmutable(), [.. sorted], skipped.ToImmutable(), compiled);
    }

    // Trimming only ever happens in the native build, where CodeRuleSupport.IsSupported is false and the caller never gets here.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Guarded by CodeRuleSupport.IsSupported: the native build, the only trimmed one, throws before calling this.")]
    [RequiresDynamicCode(CodeRuleRequirements.Reason)]
    private ImmutableArray<Rule> LoadCode(string path, string text, string hash, RuleFileErrors fileErrors, out bool compiled) =>
        CodeRuleFile.Load(path, text, hash, _options.CompiledRuleCache, fileErrors, out compiled);

    /// <summary>
    /// The rules that initialise: each is registered with an engine of its own once here, so that a
    /// rule that throws or registers wrongly is a mistake in its file rather than a crash mid-run.
    /// </summary>
    private static ImmutableArray<Rule> Initialized(ImmutableArray<Rule> rules, RuleFileErrors errors)
    {
        var kept = ImmutableArray.CreateBuilder<Rule>();
        foreach (var rule in rules)
        {
            try
            {
                _ = new AnalysisEngine([rule]);
                kept.Add(rule);
            }
#pragma warning disable CA1031 // A custom rule is user code: whatever it throws is reported against its file.
            catch (Exception e)
#pragma warning restore CA1031
            {
                errors.Add(1, 1, $"rule {rule} failed to initialise: {e.GetType().Name}: {e.Message}");
            }
        }

        return kept.ToImmutable();
    }

    /// <summary>
    /// Records the IDs and names of <paramref name="rule"/> as taken; false after reporting when one
    /// is a built-in rule's, uses the reserved prefix, or was taken by an earlier custom rule.
    /// </summary>
    private bool Claim(Rule rule, string path, string text, Dictionary<string, string> owners, RuleFileErrors errors)
    {
        var ok = true;
        foreach (var descriptor in rule.SupportedDiagnostics)
        {
            var (line, column) = Locate(text, descriptor.Id);
            if (_builtIn.Find(descriptor.Id) is not null || descriptor.Id.StartsWith(ReservedPrefix, StringComparison.Ordinal))
            {
                errors.Add(line, column, $"rule ID '{descriptor.Id}' is reserved for built-in rules", "give custom rules a prefix of your own, such as 'HOUSE001'");
                ok = false;
            }
            else if (owners.TryGetValue(descriptor.Id, out var owner))
            {
                errors.Add(line, column, $"rule ID '{descriptor.Id}' is already taken by {owner}", "every rule needs an ID of its own");
                ok = false;
            }

            var (nameLine, nameColumn) = Locate(text, descriptor.Name);
            if (_builtIn.Find(descriptor.Name) is { } builtIn)
            {
                errors.Add(nameLine, nameColumn, $"rule name '{descriptor.Name}' is taken by the built-in rule {builtIn.Descriptor.Id}", "choose another name");
                ok = false;
            }
            else if (owners.TryGetValue(descriptor.Name, out var nameOwner))
            {
                errors.Add(nameLine, nameColumn, $"rule name '{descriptor.Name}' is already taken by {nameOwner}", "every rule needs a name of its own");
                ok = false;
            }

            if (ok)
            {
                var where = $"{Path.GetFileName(path)}({line},{column})";
                owners[descriptor.Id] = where;
                owners[descriptor.Name] = where;
            }
        }

        return ok;
    }

    /// <summary>The 1-based line and column of the first whole occurrence of <paramref name="word"/> in the file, or (1, 1).</summary>
    private static (int Line, int Column) Locate(string text, string word)
    {
        var index = -1;
        for (var from = 0; from <= text.Length - word.Length; from = index + 1)
        {
            index = text.IndexOf(word, from, StringComparison.Ordinal);
            if (index < 0)
            {
                return (1, 1);
            }

            var before = index == 0 ? ' ' : text[index - 1];
            var after = index + word.Length >= text.Length ? ' ' : text[index + word.Length];
            if (!IsNameChar(before) && !IsNameChar(after))
            {
                break;
            }
        }

        if (index < 0)
        {
            return (1, 1);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);

        static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';
    }

    /// <summary>UTF-8 (with or without BOM) or UTF-16 with BOM, as rule files are written by editors.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
