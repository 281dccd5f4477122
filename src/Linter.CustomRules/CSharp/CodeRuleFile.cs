using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Linter.Analysis;

namespace Linter.CustomRules.CSharp;

/// <summary>
/// Loads the rules of one C# rule file: from the compiled-rule cache when it holds the file,
/// otherwise by compiling it with <see cref="CSharpRuleCompiler"/>.
/// </summary>
/// <remarks>
/// Nothing here names a type of Microsoft.CodeAnalysis.CSharp, and the compiler is called from a
/// method of its own that is never inlined: a run whose C# rules all come from the cache never
/// loads the compiler.
/// </remarks>
[RequiresDynamicCode(CodeRuleRequirements.Reason)]
[RequiresUnreferencedCode(CodeRuleRequirements.Reason)]
internal static partial class CodeRuleFile
{
    /// <summary>A cache entry is the HMAC-SHA256 of the key and the image (this many bytes), then the image.</summary>
    private const int TagLength = HMACSHA256.HashSizeInBytes;

    /// <summary>Not <c>.dll</c>: an entry is not an assembly until its tag is checked and taken off.</summary>
    private const string EntryExtension = ".rule";

    /// <summary>No compiled rule comes near this; a larger file (or a device posing as one) is not read.</summary>
    private const long MaxEntryLength = 64L * 1024 * 1024;

    private const string RequiredDeclaration =
        "a C# rule file must declare a public, non-abstract class deriving from Linter.Analysis.Rule with a public parameterless constructor";

    /// <summary>What, besides the source and its path, the compiled assembly depends on: the rule API, this loader, the runtime and the compiler options.</summary>
    private static readonly string s_toolVersion = ComputeToolVersion();

    /// <summary>The rules the file defines; <paramref name="compiled"/> tells whether the compiler ran.</summary>
    /// <param name="path">The full path of the file: compile errors are placed in it, and it is part of the cache key.</param>
    /// <param name="source">The file's text.</param>
    /// <param name="sourceHash">The hex hash of the file's bytes.</param>
    /// <param name="cache">Where compiled rules are kept (in <c>rules/</c> under its folder) and the key that authenticates them, or null to compile every time.</param>
    /// <param name="errors">Where compile errors and unusable rule classes are reported.</param>
    /// <param name="compiled">True when the compiler ran, false when the assembly came from the cache.</param>
    public static ImmutableArray<Rule> Load(string path, string source, string sourceHash, CompiledRuleCache? cache, RuleFileErrors errors, out bool compiled)
    {
        var key = Key(path, sourceHash);
        var cachePath = cache is null ? null : Path.Combine(cache.Directory, "rules", key + EntryExtension);
        if (cachePath is not null && TryLoadCached(cachePath, key, cache!.Key.Span) is { } cachedTypes)
        {
            compiled = false;
            return Instantiate(cachedTypes, source, errors);
        }

        compiled = true;
        var image = Compile(path, source, AssemblyName(key), errors);
        if (image is null)
        {
            return [];
        }

        if (cachePath is not null)
        {
            WriteCache(cachePath, Seal(key, image, cache!.Key.Span));
        }

        var context = new RuleLoadContext(AssemblyName(key));
        try
        {
            return Instantiate(FindRuleTypes(context.LoadImage(image)), source, errors);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or TypeLoadException or ReflectionTypeLoadException)
        {
            context.Unload();
            errors.Add(1, 1, $"the compiled rule file could not be loaded: {e.Message}");
            return [];
        }
    }

    /// <summary>The compiled-rule cache key: a hash of the path, the source's hash and the tool version.</summary>
    internal static string Key(string path, string sourceHash) =>
        Convert.ToHexString(XxHash128.Hash(Encoding.UTF8.GetBytes($"{s_toolVersion}\n{path}\n{sourceHash}")));

    /// <summary>Kept out of <see cref="Load"/> so that compiling that method never resolves the compiler.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte[]? Compile(string path, string source, string assemblyName, RuleFileErrors errors) =>
        CSharpRuleCompiler.Compile(path, source, assemblyName, errors);

    private static string AssemblyName(string key) => "StmtlintRules_" + key;

    /// <summary>
    /// The rule classes of the cached assembly, or null when there is none or it cannot be used (then
    /// it is compiled again and overwritten). Nothing is loaded unless the entry's tag is the HMAC of
    /// its key and image under the per-machine secret: an entry this tool did not write never runs.
    /// </summary>
    private static ImmutableArray<Type>? TryLoadCached(string cachePath, string key, ReadOnlySpan<byte> secret)
    {
        byte[] entry;
        try
        {
            var info = new FileInfo(cachePath);
            if (!info.Exists || info.LinkTarget is not null || info.Length is < TagLength or > MaxEntryLength)
            {
                return null;
            }

            entry = File.ReadAllBytes(cachePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (entry.Length < TagLength || !CryptographicOperations.FixedTimeEquals(entry.AsSpan(0, TagLength), Tag(key, entry.AsSpan(TagLength), secret)))
        {
            return null;
        }

        var image = entry[TagLength..];
        var context = new RuleLoadContext(AssemblyName(key));
        try
        {
            var assembly = context.LoadImage(image);
            if (assembly.GetName().Name == AssemblyName(key))
            {
                return FindRuleTypes(assembly);
            }

            // Some other assembly under this name: compile again and overwrite it.
            context.Unload();
            return null;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or TypeLoadException or ReflectionTypeLoadException)
        {
            // A truncated or foreign file: compile again and overwrite it.
            context.Unload();
            return null;
        }
    }

    /// <summary>The entry for <paramref name="image"/>: its tag, then the image.</summary>
    private static byte[] Seal(string key, byte[] image, ReadOnlySpan<byte> secret) => [.. Tag(key, image, secret), .. image];

    /// <summary>HMAC-SHA256 of the cache key and the image: an entry authenticated for one rule file cannot be renamed to another's.</summary>
    private static byte[] Tag(string key, ReadOnlySpan<byte> image, ReadOnlySpan<byte> secret)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        hmac.AppendData(Encoding.UTF8.GetBytes(key + "\n"));
        hmac.AppendData(image);
        return hmac.GetHashAndReset();
    }

    /// <summary>Writes the compiled assembly beside its final name and then renames it, so that no reader ever sees half a file.</summary>
    private static void WriteCache(string cachePath, byte[] image)
    {
        var temporary = cachePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, cachePath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a read-only or full disk means compiling again next run.
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind in the cache folder; it is never read, having no entry's name.
        }
    }

    /// <summary>Every class of <paramref name="assembly"/> deriving from <see cref="Rule"/>, in declaration order.</summary>
    private static ImmutableArray<Type> FindRuleTypes(Assembly assembly) =>
        [.. assembly.GetTypes().Where(t => t.IsClass && t.IsSubclassOf(typeof(Rule))).OrderBy(t => t.MetadataToken)];

    /// <summary>Creates one instance of each usable rule class; a class that cannot be used is reported at its declaration.</summary>
    private static ImmutableArray<Rule> Instantiate(ImmutableArray<Type> ruleTypes, string source, RuleFileErrors errors)
    {
        var rules = ImmutableArray.CreateBuilder<Rule>();
        var unusable = 0;
        foreach (var type in ruleTypes)
        {
            if (type.IsAbstract)
            {
                continue;
            }

            var (line, column) = Locate(source, type.Name);
            if (!type.IsVisible || type.ContainsGenericParameters || type.GetConstructor(Type.EmptyTypes) is not { IsPublic: true } constructor)
            {
                // Quietly skipping a rule the author meant to run would make it look as if it found nothing.
                errors.Add(line, column, $"rule class '{type.Name}' cannot be used: it must be public and non-generic, with a public parameterless constructor");
                unusable++;
                continue;
            }

            if (Create(type, constructor, line, column, errors) is { } rule)
            {
                rules.Add(rule);
            }
            else
            {
                unusable++;
            }
        }

        if (rules.Count == 0 && unusable == 0)
        {
            errors.Add(1, 1, "the file declares no rule", RequiredDeclaration);
        }

        return rules.ToImmutable();
    }

#pragma warning disable CA1031 // A rule is user code: whatever its constructor or descriptors throw becomes an error in its file.
    private static Rule? Create(Type type, ConstructorInfo constructor, int line, int column, RuleFileErrors errors)
    {
        Rule rule;
        try
        {
            rule = (Rule)constructor.Invoke(null);
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            errors.Add(line, column, $"rule class '{type.Name}' could not be created: {cause.GetType().Name}: {cause.Message}");
            return null;
        }

        try
        {
            var descriptors = rule.SupportedDiagnostics;
            if (descriptors.IsDefaultOrEmpty || descriptors.Any(d => d is null))
            {
                errors.Add(line, column, $"rule class '{type.Name}' declares no diagnostics", "return its DiagnosticDescriptors from SupportedDiagnostics");
                return null;
            }

            _ = rule.SupportedOptions;
        }
        catch (Exception e)
        {
            var cause = e is TypeInitializationException { InnerException: { } inner } ? inner : e;
            errors.Add(line, column, $"rule class '{type.Name}' failed to describe itself: {cause.GetType().Name}: {cause.Message}");
            return null;
        }

        return rule;
    }
#pragma warning restore CA1031

    /// <summary>The 1-based line and column of the declaration of class <paramref name="name"/>, found in the text so that a cached assembly needs no compiler; (1, 1) when not found.</summary>
    private static (int Line, int Column) Locate(string source, string name)
    {
        foreach (Match match in ClassDeclaration().Matches(source))
        {
            if (match.Groups["name"].Value == name)
            {
                var index = match.Groups["name"].Index;
                var lineStart = source.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
                var line = 1;
                for (var i = 0; i < lineStart; i++)
                {
                    line += source[i] == '\n' ? 1 : 0;
                }

                return (line, index - lineStart + 1);
            }
        }

        return (1, 1);
    }

    private static string ComputeToolVersion()
    {
        Assembly[] assemblies = [typeof(CodeRuleFile).Assembly, typeof(Rule).Assembly, typeof(Linter.Syntax.SyntaxKind).Assembly];
        return string.Join(
            ";",
            [
                CSharpRuleCompiler.OptionsFingerprint,
                Environment.Version.ToString(),
                .. assemblies.Select(a => a.ManifestModule.ModuleVersionId.ToString("N")),
            ]);
    }

    [GeneratedRegex(@"\bclass\s+(?<name>[\p{L}_][\p{L}\p{Nd}_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ClassDeclaration();
}
