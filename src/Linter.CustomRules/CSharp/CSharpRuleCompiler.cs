using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Linter.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Linter.CustomRules.CSharp;

/// <summary>
/// Compiles one C# rule file against the public rule API. The only type that touches
/// Microsoft.CodeAnalysis.CSharp: its signature holds none of that assembly's types, and it is never
/// inlined, so the runtime loads the compiler only when this actually runs.
/// </summary>
[RequiresDynamicCode(CodeRuleRequirements.Reason)]
[RequiresUnreferencedCode(CodeRuleRequirements.Reason)]
internal static class CSharpRuleCompiler
{
    /// <summary>
    /// Everything about compilation that changes the assembly produced, beyond the sources and the
    /// assemblies compiled against: part of the compiled-rule cache key. Change it with the options below.
    /// </summary>
    public const string OptionsFingerprint = "csharp;latest;release;nullable;deterministic;global-usings-1";

    /// <summary>At most this many compile errors are reported per file; the first ones are the causes, the rest mostly echoes.</summary>
    private const int MaxErrors = 20;

    /// <summary>Namespaces every rule file may use without a using directive, as the SDK's implicit usings do for projects.</summary>
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Collections.Immutable;
        global using System.Linq;
        global using System.Text.RegularExpressions;
        global using Linter.Analysis;
        global using Linter.Syntax;
        global using Microsoft.CodeAnalysis.Text;
        """;

    private const string GlobalUsingsPath = "stmtlint.GlobalUsings.g.cs";

    /// <summary>The runtime's own assemblies plus the rule API, read once per process.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(CreateReferences);

    /// <summary>
    /// Compiles <paramref name="source"/> into an assembly named <paramref name="assemblyName"/>;
    /// null after adding each compile error to <paramref name="errors"/> at its line and column.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte[]? Compile(string path, string source, string assemblyName, RuleFileErrors errors)
    {
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        SyntaxTree[] trees =
        [
            CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8), parseOptions, path),
            CSharpSyntaxTree.ParseText(GlobalUsings, parseOptions, GlobalUsingsPath),
        ];
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true,
            concurrentBuild: false);
        var compilation = CSharpCompilation.Create(assemblyName, trees, s_references.Value, options);

        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        if (result.Success)
        {
            return output.ToArray();
        }

        var compileErrors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();
        foreach (var error in compileErrors.Take(MaxErrors))
        {
            var (line, column) = Position(error.Location, path);
            errors.AddWithCode(line, column, error.Id, error.GetMessage(CultureInfo.InvariantCulture), Hint(error.Id));
        }

        if (compileErrors.Count > MaxErrors)
        {
            var next = compileErrors[MaxErrors];
            var (line, column) = Position(next.Location, path);
            errors.AddWithCode(line, column, next.Id, $"{compileErrors.Count - MaxErrors} more compile errors not shown");
        }

        return null;
    }

    /// <summary>The 1-based position of an error in the rule file; errors with no place in it (references, the added usings) go to its start.</summary>
    private static (int Line, int Column) Position(Microsoft.CodeAnalysis.Location location, string path)
    {
        if (!location.IsInSource || location.SourceTree?.FilePath != path)
        {
            return (1, 1);
        }

        var start = location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    private static string? Hint(string id) => id switch
    {
        // The type or namespace name could not be found / does not exist in the namespace.
        "CS0246" or "CS0234" => "rule files compile against the .NET runtime, Linter.Syntax, Linter.Analysis and Microsoft.CodeAnalysis.Text only",
        _ => null,
    };

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Never runs in a single-file or native build: CodeRuleSupport.IsSupported is false there and guards every way in.")]
    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        // The runtime's assemblies are the trusted platform assemblies that live in the runtime's own folder;
        // the application's other dependencies (the YAML reader, the command line parser) are not part of the rule API.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var assembly in trusted)
        {
            if (string.Equals(Path.GetDirectoryName(assembly), runtimeDirectory, StringComparison.Ordinal) && assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                paths.Add(assembly);
            }
        }

        // The rule API: the tree, the analysis contexts, and TextSpan and TextChange from Microsoft.CodeAnalysis.
        paths.Add(typeof(Linter.Syntax.SyntaxKind).Assembly.Location);
        paths.Add(typeof(Rule).Assembly.Location);
        paths.Add(typeof(TextSpan).Assembly.Location);
        return [.. paths.Where(p => p.Length > 0).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
