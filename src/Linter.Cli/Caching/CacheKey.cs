using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Reflection;
using System.Text;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.Rules;
using Linter.Syntax;
using Linter.Analysis.IO;

namespace Linter.Cli.Caching;

/// <summary>
/// Computes what a cached result depends on: the document's bytes, its effective configuration,
/// the text of every document it cites, and the tool itself. Any change to one of them is a new key.
/// </summary>
internal sealed class CacheKey
{
    private readonly ConcurrentDictionary<string, string> _dependencyHashes = new(StringComparer.Ordinal);
    private readonly string _currentDirectory;

    public CacheKey(string currentDirectory)
    {
        _currentDirectory = currentDirectory;
    }

    /// <summary>
    /// The tool's identity: its version and the module IDs of the assemblies that decide results.
    /// Builds are deterministic, so a module ID changes exactly when that assembly's code does, and a
    /// development build never reuses results of an older one.
    /// </summary>
    public static string ToolVersion { get; } = ComputeToolVersion();

    /// <summary>The hex XxHash128 of <paramref name="bytes"/>.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(XxHash128.Hash(bytes));

    /// <summary>The key of the result for a document with these bytes, this configuration and custom rule files with these hashes.</summary>
    public string For(string fullPath, byte[] bytes, EffectiveConfiguration configuration, string customRulesFingerprint = "")
    {
        var key = new StringBuilder();
        key.Append(ToolVersion).Append('\n');
        key.Append(fullPath).Append('\n');
        key.Append(Hash(bytes)).Append('\n');
        key.Append(configuration.Fingerprint).Append('\n');
        key.Append(customRulesFingerprint).Append('\n');
        foreach (var cited in configuration.Analysis.CitedDocuments)
        {
            if (cited.TextPath is { } textPath)
            {
                key.Append(textPath).Append('=').Append(DependencyHash(textPath)).Append('\n');
            }
        }

        return Hash(Encoding.UTF8.GetBytes(key.ToString()));
    }

    /// <summary>The hash of a file the result depends on, read once per run; a missing file has its own value, so creating it changes the key.</summary>
    private string DependencyHash(string path) => _dependencyHashes.GetOrAdd(path, p =>
    {
        try
        {
            return Hash(BoundedFile.ReadAllBytes(PathResolver.ToFullPath(p, _currentDirectory)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "missing";
        }
    });

    private static string ComputeToolVersion()
    {
        Assembly[] assemblies = [typeof(CacheKey).Assembly, typeof(AnalysisEngine).Assembly, typeof(BuiltInRules).Assembly, typeof(SyntaxTree).Assembly];
        var version = typeof(CacheKey).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        return version + ";" + string.Join(";", assemblies.Select(a => a.ManifestModule.ModuleVersionId.ToString("N")));
    }
}
