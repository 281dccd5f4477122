using System.Reflection;
using System.Runtime.Loader;

namespace Linter.CustomRules.Tests.CSharp;

/// <summary>
/// Runs stmtlint in a load context of its own, with every assembly of its own (Linter.*, the compiler,
/// the YAML reader) loaded afresh from the test's output folder, so that what one run loaded can be
/// told apart from what this test process loaded for other tests.
/// </summary>
internal sealed class IsolatedCli : AssemblyLoadContext
{
    private static readonly string s_directory = Path.GetDirectoryName(typeof(IsolatedCli).Assembly.Location)!;

    public IsolatedCli()
        : base("stmtlint-isolated", isCollectible: true)
    {
    }

    /// <summary>Runs <c>stmtlint</c> with <paramref name="args"/> in <paramref name="currentDirectory"/>, once, then unloads.</summary>
    public static (int ExitCode, string Stdout, string Stderr, IReadOnlyList<string> Loaded) Run(string currentDirectory, params string[] args)
    {
        var context = new IsolatedCli();
        try
        {
            var cli = context.LoadFromAssemblyPath(Path.Combine(s_directory, "stmtlint.dll"));
            var appType = cli.GetType("Linter.Cli.StmtlintApp", throwOnError: true)!;
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var app = Activator.CreateInstance(appType, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, binder: null, [stdout, stderr, currentDirectory, null, null], culture: null)!;
            var exitCode = (int)appType.GetMethod("Run", [typeof(string[])])!.Invoke(app, [args])!;
            var loaded = context.Assemblies.Select(a => a.GetName().Name!).Order(StringComparer.Ordinal).ToList();
            return (exitCode, stdout.ToString(), stderr.ToString(), loaded);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Assemblies that ship beside stmtlint load here; the runtime's own come from the default context.</summary>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Combine(s_directory, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
