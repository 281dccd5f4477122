using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Analysis;

/// <summary>
/// Runs rules over syntax trees: document callbacks first, then document-start callbacks (which
/// may register token, node and end callbacks for that document), one walk over the tokens and one
/// over the nodes in which each is handed to the callbacks registered for its kind, and the end callbacks.
/// </summary>
/// <remarks>
/// The engine is built once and may analyse many trees at the same time. A rule that throws is
/// reported once per document as SL9001; its other results for that document are dropped, and the
/// other rules' results are kept.
/// </remarks>
public sealed class AnalysisEngine
{
    private const int FirstTokenKind = SyntaxFacts.FirstTokenKind;
    private const int FirstNodeKind = SyntaxFacts.FirstNodeKind;
    private static readonly int s_tokenKindCount = SyntaxFacts.TokenKinds.Max(k => (int)k) - FirstTokenKind + 1;
    private static readonly int s_nodeKindCount = SyntaxFacts.NodeKinds.Max(k => (int)k) - FirstNodeKind + 1;

    private readonly ImmutableArray<RuleRegistration> _registrations;

    // What configuration makes of each rule, by options object: a run shares one options object among all the
    // documents under one configuration, so this is worked out once per configuration rather than per document.
    private readonly ConditionalWeakTable<AnalysisOptions, RunSettings?[]> _settings = new();
    private readonly ConditionalWeakTable<AnalysisOptions, RunSettings?[]>.CreateValueCallback _createSettings;

    // Indexed by kind: the callbacks for that kind in rule order. Kinds are small numbers (below SyntaxFacts.EndOfNodeKinds), so an array beats a dictionary.
    private readonly (RuleRegistration Rule, Action<NodeAnalysisContext> Action)[]?[] _actionsByKind;

    // Indexed by rule order: the node kinds the rule's node callbacks want, so that a document's node walk goes only
    // into subtrees that hold one for the rules that run on it.
    private readonly SyntaxKindSet[] _nodeKindsByRule;

    // Whether any rule registered a line callback; without one the lines are not looked at.
    private readonly bool _hasLineActions;

    /// <summary>Creates an engine and calls every rule's <see cref="Rule.Initialize"/>.</summary>
    /// <exception cref="ArgumentException">
    /// A rule declares no diagnostics, declares an ID another rule or the engine already uses, or registers wrongly.
    /// </exception>
    public AnalysisEngine(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var registrations = ImmutableArray.CreateBuilder<RuleRegistration>();
        var owners = EngineDiagnostics.All.ToDictionary(d => d.Id, _ => "the engine", StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            var registration = new RuleRegistration(rule, registrations.Count);
            foreach (var id in registration.Supported.Keys)
            {
                if (!owners.TryAdd(id, rule.ToString() ?? rule.GetType().Name))
                {
                    throw new ArgumentException($"{rule} declares {id}, which {owners[id]} already declares.", nameof(rules));
                }
            }

            rule.Initialize(new RuleContext(registration));
            registrations.Add(registration);
        }

        _registrations = registrations.ToImmutable();
        Rules = [.. _registrations.Select(r => r.Rule)];
        SupportedDiagnostics = [.. EngineDiagnostics.All, .. _registrations.SelectMany(r => r.Rule.SupportedDiagnostics).OrderBy(d => d.Id, StringComparer.Ordinal)];

        var maxKind = Enum.GetValues<SyntaxKind>().Max(k => (int)k);
        var lists = new List<(RuleRegistration, Action<NodeAnalysisContext>)>?[maxKind + 1];
        _nodeKindsByRule = new SyntaxKindSet[_registrations.Length];
        foreach (var registration in _registrations)
        {
            foreach (var (action, kinds) in registration.NodeActions)
            {
                foreach (var kind in kinds)
                {
                    (lists[(int)kind] ??= []).Add((registration, action));
                    _nodeKindsByRule[registration.Order] = _nodeKindsByRule[registration.Order].Add(kind);
                }
            }
        }

        _actionsByKind = [.. lists.Select(list => list?.ToArray())];
        _hasLineActions = _registrations.Any(r => r.LineActions.Count > 0);
        _createSettings = CreateSettings;
    }

    public ImmutableArray<Rule> Rules { get; }

    /// <summary>Every descriptor the engine may report: its own and those of its rules.</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// Analyses one tree: its syntax diagnostics as SL0001/SL0002, then the rules' diagnostics,
    /// sorted by position, then ID.
    /// </summary>
    public ImmutableArray<Diagnostic> Analyze(SyntaxTree tree, CancellationToken cancellationToken = default) =>
        Analyze(tree, AnalysisOptions.Default, cancellationToken);

    /// <summary>
    /// Analyses one tree with the rules, severities and options that <paramref name="options"/> sets;
    /// then applies the document's inline suppressions.
    /// </summary>
    public ImmutableArray<Diagnostic> Analyze(SyntaxTree tree, AnalysisOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        var semanticModel = new Lazy<SemanticModel>(() => new SemanticModel(tree, options), LazyThreadSafetyMode.None);
        var settings = _settings.GetValue(options, _createSettings);
        var runs = new RuleRun?[_registrations.Length];
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = settings[i] is { } setting ? new RuleRun(_registrations[i], tree, setting.Options, setting.OptionValues, setting.Severities, semanticModel) : null;
        }

        foreach (var run in runs)
        {
            if (run is null)
            {
                continue;
            }

            foreach (var action in run.Registration.DocumentActions)
            {
                if (run.Failure is not null)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                Invoke(run, null, action, new DocumentAnalysisContext(tree, run, cancellationToken), cancellationToken);
            }
        }

        var starts = StartDocument(tree, runs, cancellationToken);
        var tokenActions = starts is null ? null : ByKind(runs, starts, static start => start.TokenActions, FirstTokenKind, s_tokenKindCount);
        var nodeActions = starts is null ? null : ByKind(runs, starts, static start => start.NodeActions, FirstNodeKind, s_nodeKindCount);
        var nodeKinds = KindsOf(nodeActions, FirstNodeKind);
        foreach (var run in runs)
        {
            if (run is not null)
            {
                nodeKinds = nodeKinds.Union(_nodeKindsByRule[run.Registration.Order]);
            }
        }

        Walk(tree.Root, runs, tokenActions, KindsOf(tokenActions, FirstTokenKind), nodeActions, nodeKinds, cancellationToken);
        if (_hasLineActions)
        {
            VisitLines(tree, runs, cancellationToken);
        }

        if (starts is not null)
        {
            EndDocument(runs, starts, cancellationToken);
        }

        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        AddSyntaxDiagnostics(tree, options, result);
        foreach (var run in runs)
        {
            if (run is null)
            {
                continue;
            }

            if (run.Failure is { } failure)
            {
                result.Add(failure);
            }
            else
            {
                result.AddRange(run.Diagnostics);
            }
        }

        result.Sort(DiagnosticComparer.Comparison);
        return SuppressionFilter.Apply(tree, result.ToImmutable(), SupportedDiagnostics, options);
    }

    private RunSettings?[] CreateSettings(AnalysisOptions options)
    {
        var settings = new RunSettings?[_registrations.Length];
        for (var i = 0; i < settings.Length; i++)
        {
            settings[i] = CreateSettings(_registrations[i], options);
        }

        return settings;
    }

    /// <summary>The severities and options of one rule under <paramref name="options"/>, or null when configuration turns all its IDs off.</summary>
    private static RunSettings? CreateSettings(RuleRegistration registration, AnalysisOptions options)
    {
        var severities = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        RuleOptions? ruleOptions = null;
        foreach (var descriptor in registration.Supported.Values)
        {
            var configuration = options.GetRule(descriptor.Id) ?? RuleConfiguration.Default;
            var enabled = configuration.Enabled ?? descriptor.IsEnabledByDefault;
            severities[descriptor.Id] = enabled ? configuration.Severity ?? descriptor.DefaultSeverity : null;
            if (configuration.Options.Count > 0)
            {
                ruleOptions ??= configuration.Options;
            }
        }

        if (!severities.Values.Any(s => s is not null))
        {
            return null;
        }

        ruleOptions ??= RuleOptions.Empty;
        var values = new object?[registration.Options.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var option = registration.Options[i];
            values[i] = option.Convert(ruleOptions.TryGetValue(option.Name, out var configured) ? configured : null);
        }

        return new RunSettings(severities, ruleOptions, values);
    }

    // OptionValues: the rule's typed options converted, in the order of RuleRegistration.Options.
    private sealed record RunSettings(IReadOnlyDictionary<string, Severity?> Severities, RuleOptions Options, object?[] OptionValues);

    /// <summary>Runs the document-start callbacks; their contexts, by rule, or null when no rule has any.</summary>
    private static DocumentStartAnalysisContext?[]? StartDocument(SyntaxTree tree, RuleRun?[] runs, CancellationToken cancellationToken)
    {
        DocumentStartAnalysisContext?[]? starts = null;
        foreach (var run in runs)
        {
            if (run is null || run.Registration.DocumentStartActions.Count == 0)
            {
                continue;
            }

            var context = new DocumentStartAnalysisContext(tree, run, cancellationToken);
            foreach (var action in run.Registration.DocumentStartActions)
            {
                if (run.Failure is not null)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                Invoke(run, null, action, context, cancellationToken);
            }

            (starts ??= new DocumentStartAnalysisContext?[runs.Length])[run.Registration.Order] = context;
        }

        return starts;
    }

    /// <summary>The token or node callbacks registered for this document, by kind less <paramref name="firstKind"/>; null when there are none.</summary>
    private static (RuleRun Run, Action<T> Action)[]?[]? ByKind<T>(
        RuleRun?[] runs,
        DocumentStartAnalysisContext?[] starts,
        Func<DocumentStartAnalysisContext, List<(Action<T> Action, SyntaxKind[] Kinds)>> registered,
        int firstKind,
        int kindCount)
    {
        List<(RuleRun Run, Action<T> Action)>?[]? lists = null;
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] is not { } start || runs[i] is not { Failure: null } run)
            {
                continue;
            }

            foreach (var (action, kinds) in registered(start))
            {
                foreach (var kind in kinds)
                {
                    lists ??= new List<(RuleRun Run, Action<T> Action)>?[kindCount];
                    (lists[(int)kind - firstKind] ??= []).Add((run, action));
                }
            }
        }

        // Arrays, not the lists: they are read for every token or node of the document.
        return lists is null ? null : Array.ConvertAll(lists, list => list?.ToArray());
    }

    /// <summary>The kinds that have callbacks in an array by kind less <paramref name="firstKind"/>.</summary>
    private static SyntaxKindSet KindsOf<T>(T[]?[]? byKind, int firstKind)
    {
        var kinds = SyntaxKindSet.Empty;
        for (var i = 0; byKind is not null && i < byKind.Length; i++)
        {
            if (byKind[i] is not null)
            {
                kinds = kinds.Add((SyntaxKind)(i + firstKind));
            }
        }

        return kinds;
    }

    private static void VisitToken(SyntaxToken token, (RuleRun Run, Action<SyntaxToken> Action)[]?[] tokenActions, CancellationToken cancellationToken)
    {
        var actions = tokenActions[(int)token.Kind - FirstTokenKind];
        if (actions is null)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();

        // The try is written out here rather than taken from Invoke: this loop runs for every token of every
        // document, so it spares a call per callback and the token span Invoke would need up front.
        foreach (var (run, action) in actions)
        {
            if (run.Failure is not null)
            {
                continue;
            }

            try
            {
                action(token);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A rule is user code: whatever it throws must become SL9001 rather than end the run.
            catch (Exception e)
#pragma warning restore CA1031
            {
                run.Fail(e, token.Span);
            }
        }
    }

    /// <summary>Hands every line of the text to the line callbacks, line by line and in rule order within a line.</summary>
    private static void VisitLines(SyntaxTree tree, RuleRun?[] runs, CancellationToken cancellationToken)
    {
        var lines = tree.Text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            foreach (var run in runs)
            {
                if (run is null || run.Registration.LineActions.Count == 0)
                {
                    continue;
                }

                foreach (var action in run.Registration.LineActions)
                {
                    if (run.Failure is null)
                    {
                        Invoke(run, null, action, new LineAnalysisContext(line, tree, run, cancellationToken), cancellationToken);
                    }
                }
            }
        }
    }

    /// <summary>Runs the end callbacks registered at the document's start, in rule order.</summary>
    private static void EndDocument(RuleRun?[] runs, DocumentStartAnalysisContext?[] starts, CancellationToken cancellationToken)
    {
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] is not { } start || runs[i] is not { } run)
            {
                continue;
            }

            foreach (var action in start.EndActions)
            {
                if (run.Failure is not null)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                Invoke(run, null, static end => end(), action, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The walks of a document: when any rule registered token callbacks for it, one over the tokens of the kinds
    /// registered, each to the callbacks for its kind; then one over the nodes of the kinds some callback wants, each
    /// to the callbacks for its kind. Each walk goes only into subtrees that hold a kind it looks for (the tree records
    /// the kinds below every node), so a document's words, or its paragraphs without a quotation, are passed over
    /// whole. Two walks cost less than one over both: a walk for nodes passes over tokens without stopping at them.
    /// </summary>
    private void Walk(
        SyntaxNode root,
        RuleRun?[] runs,
        (RuleRun Run, Action<SyntaxToken> Action)[]?[]? tokenActions,
        SyntaxKindSet tokenKinds,
        (RuleRun Run, Action<SyntaxNode> Action)[]?[]? nodeActions,
        SyntaxKindSet nodeKinds,
        CancellationToken cancellationToken)
    {
        // The walks are pre-order with an explicit stack: document order, no recursion however deep the tree.
        if (tokenActions is not null)
        {
            foreach (var token in root.DescendantTokens(tokenKinds))
            {
                VisitToken(token, tokenActions, cancellationToken);
            }
        }

        if (nodeKinds.IsEmpty)
        {
            return;
        }

        foreach (var node in root.DescendantNodesAndSelf(nodeKinds))
        {
            Visit(node, runs, cancellationToken);
            if (nodeActions?[(int)node.Kind - FirstNodeKind] is { } documentActions)
            {
                foreach (var (run, action) in documentActions)
                {
                    if (run.Failure is null)
                    {
                        Invoke(run, node, action, node, cancellationToken);
                    }
                }
            }
        }
    }

    private void Visit(SyntaxNode node, RuleRun?[] runs, CancellationToken cancellationToken)
    {
        var actions = _actionsByKind[(int)node.Kind];
        if (actions is null)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var (registration, action) in actions)
        {
            var run = runs[registration.Order];
            if (run is { Failure: null })
            {
                Invoke(run, node, action, new NodeAnalysisContext(node, run, cancellationToken), cancellationToken);
            }
        }
    }

    // The action and its context are passed apart, not as one lambda: a closure per node visited was a
    // measurable share of the engine's allocation. The node is where a failure is reported (the document's
    // start for document actions); its span is computed only then.
    private static void Invoke<TContext>(RuleRun run, SyntaxNode? where, Action<TContext> action, TContext context, CancellationToken cancellationToken)
    {
        try
        {
            action(context);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A rule is user code: whatever it throws must become SL9001 rather than end the run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            run.Fail(e, where?.Span ?? new TextSpan(0, 0));
        }
    }

    private static void AddSyntaxDiagnostics(SyntaxTree tree, AnalysisOptions options, ImmutableArray<Diagnostic>.Builder result)
    {
        var length = tree.Text.Length;
        foreach (var syntax in tree.Diagnostics)
        {
            var descriptor = syntax.Id == EngineDiagnostics.InvalidEncoding.Id ? EngineDiagnostics.InvalidEncoding : EngineDiagnostics.SyntaxError;
            var configuration = options.GetRule(descriptor.Id);
            if (configuration?.Enabled == false)
            {
                continue;
            }

            // The parser promises spans inside the text; clamping keeps a parser bug from turning into a crash here.
            var start = Math.Min(syntax.Span.Start, length);
            var span = TextSpan.FromBounds(start, Math.Min(Math.Max(start, syntax.Span.End), length));
            var location = new Location(tree.FilePath, span, tree.Text.Lines.GetLinePositionSpan(span));
            result.Add(new Diagnostic(descriptor, configuration?.Severity ?? descriptor.DefaultSeverity, location, descriptor.FormatMessage(syntax.Message)));
        }
    }
}
