using System.Collections.Immutable;
using Linter.Analysis;

namespace Linter.CustomRules;

/// <summary>What loading custom rule files produced: the rules of each file, every mistake, and what was skipped.</summary>
public sealed class CustomRuleSet
{
    private readonly Dictionary<string, CustomRuleFile> _byPath;

    internal CustomRuleSet(ImmutableArray<CustomRuleFile> files, ImmutableArray<RuleFileError> errors, ImmutableArray<string> skippedCodeFiles, int compiledCount)
    {
        Files = files;
        Errors = errors;
        SkippedCodeFiles = skippedCodeFiles;
        CompiledCount = compiledCount;
        _byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    /// <summary>A set with no rules.</summary>
    public static CustomRuleSet Empty { get; } = new([], [], [], 0);

    /// <summary>Every file loaded, in path order.</summary>
    public ImmutableArray<CustomRuleFile> Files { get; }

    /// <summary>Every mistake found, by file and position. When there is any, nothing should be linted.</summary>
    public ImmutableArray<RuleFileError> Errors { get; }

    /// <summary>C# rule files neither compiled nor run because code rules were refused (<c>--no-code-rules</c>).</summary>
    public ImmutableArray<string> SkippedCodeFiles { get; }

    /// <summary>How many C# rule files were compiled by this load; the others came from the compiled-rule cache.</summary>
    public int CompiledCount { get; }

    /// <summary>Every rule of every file, in path order.</summary>
    public IEnumerable<Rule> AllRules => Files.SelectMany(f => f.Rules);

    /// <summary>The loaded file at <paramref name="path"/>, or null when it was not loaded.</summary>
    public CustomRuleFile? Find(string path) => _byPath.GetValueOrDefault(path);
}
