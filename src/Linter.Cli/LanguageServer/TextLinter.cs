using System.Collections.Immutable;
using System.Text;
using Linter.Analysis;
using Linter.Analysis.Configuration;
using Linter.CustomRules;
using Linter.Rules;
using Linter.Syntax;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// Lints an editor's text as the document at a path, with the configuration and rules that apply to
/// that path, exactly as <c>check</c> lints the saved file: the one place where the server meets the
/// check pipeline. The text is encoded as UTF-8 without a BOM and linted as bytes, so decoding,
/// parsing and analysis are the saved file's; configuration is discovered from the path as
/// <c>check</c> discovers it, custom rules are loaded as <c>check</c> loads them.
/// </summary>
/// <remarks>
/// Configuration files are read once and kept until <see cref="Reload"/>. Safe to use from several
/// threads.
/// </remarks>
internal sealed class TextLinter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _currentDirectory;
    private readonly CustomRuleLoadOptions _loadOptions;
    private readonly Lock _lock = new();
    private ConfigurationResolver _builtInResolver;
    private readonly Dictionary<string, (RuleSetup Rules, ConfigurationResolver Resolver)> _custom = new(StringComparer.Ordinal);

    /// <param name="currentDirectory">Where <c>check</c> would run: paths in messages are relative to it, and outside a git work tree it bounds what configuration may name.</param>
    /// <param name="loadOptions">How custom rules are loaded (whether C# rules may run).</param>
    public TextLinter(string currentDirectory, CustomRuleLoadOptions loadOptions)
    {
        _currentDirectory = currentDirectory;
        _loadOptions = loadOptions;
        _builtInResolver = NewResolver(RuleCatalog.FromRules(BuiltInRules.All));
    }

    /// <summary>Forgets every configuration and rule file read, so the next lint reads them again.</summary>
    public void Reload()
    {
        lock (_lock)
        {
            _builtInResolver = NewResolver(RuleCatalog.FromRules(BuiltInRules.All));
            _custom.Clear();
        }
    }

    /// <summary>What applies to the document at <paramref name="fullPath"/>: its configuration, engine, and the mistakes met on the way.</summary>
    public DocumentSetup SetupFor(string fullPath)
    {
        lock (_lock)
        {
            var configuration = _builtInResolver.Resolve(fullPath);
            if (configuration.CustomRules.IsEmpty)
            {
                return new DocumentSetup(configuration, RuleSetup.BuiltInOnly.For(configuration), _builtInResolver.Errors, CustomRuleSet.Empty);
            }

            // As check does: custom rules are named in configuration, so they are loaded from a first reading of it, which is then read again against a catalog that knows them.
            var key = string.Join('\n', configuration.CustomRules.Select(g => g.BaseDirectory + "\t" + g.Pattern));
            if (!_custom.TryGetValue(key, out var custom))
            {
                var rules = RuleSetup.Load([configuration], _loadOptions);
                custom = (rules, NewResolver(rules.Catalog));
                _custom[key] = custom;
            }

            var resolved = custom.Resolver.Resolve(fullPath);
            return new DocumentSetup(resolved, custom.Rules.For(resolved), custom.Resolver.Errors, custom.Rules.Custom);
        }
    }

    /// <summary>
    /// The diagnostics of <paramref name="text"/> as the document at <paramref name="fullPath"/>,
    /// sorted, hidden ones included, as <c>check</c> would find them in the saved file; none when
    /// configuration excludes the document.
    /// </summary>
    public LintedText Lint(string fullPath, string text, DocumentSetup setup, CancellationToken cancellationToken = default)
    {
        if (setup.Configuration.IsExcluded(fullPath))
        {
            return new LintedText([], IsExcluded: true);
        }

        var tree = Parse(fullPath, text, setup);
        return new LintedText(setup.Engine.Analyze(tree, setup.Configuration.Analysis, cancellationToken), IsExcluded: false);
    }

    /// <summary>The tree of <paramref name="text"/> as the document at <paramref name="fullPath"/>, for hovers, the outline and navigation.</summary>
    public SyntaxTree Parse(string fullPath, string text, DocumentSetup setup) =>
        SyntaxTree.Parse(s_utf8.GetBytes(text), DisplayPath(fullPath), setup.Configuration.Parse);

    /// <summary>The path printed in diagnostics, as <c>check</c> run in the current directory prints it.</summary>
    public string DisplayPath(string fullPath) => PathResolver.ToDisplayPath(fullPath, _currentDirectory);

    private ConfigurationResolver NewResolver(RuleCatalog catalog) => new(catalog, explicitConfigPath: null, _currentDirectory);
}

/// <summary>What applies to one document.</summary>
/// <param name="Configuration">Its effective configuration.</param>
/// <param name="Rules">The engine of its built-in and custom rules.</param>
/// <param name="ConfigurationErrors">Every mistake in the configuration files read so far.</param>
/// <param name="CustomRules">The custom rules loaded for it, with their files' mistakes and the C# files skipped.</param>
internal sealed record DocumentSetup(EffectiveConfiguration Configuration, DocumentRules Rules, ImmutableArray<ConfigurationError> ConfigurationErrors, CustomRuleSet CustomRules)
{
    public AnalysisEngine Engine => Rules.Engine;
}

/// <summary>A text's diagnostics.</summary>
/// <param name="Diagnostics">Sorted, hidden ones included.</param>
/// <param name="IsExcluded">True when configuration excludes the document, which then has none.</param>
internal sealed record LintedText(ImmutableArray<Diagnostic> Diagnostics, bool IsExcluded);
