using System.Collections.Immutable;

namespace Linter.Analysis;

/// <summary>
/// A rule: it declares the diagnostics it can report and, in <see cref="Initialize"/>, registers
/// callbacks for the node kinds it wants to see.
/// </summary>
/// <remarks>
/// One instance serves every document, on several threads at once: keep per-document state in
/// locals of the callbacks, never in fields. Built-in rules use only this public API.
/// </remarks>
public abstract class Rule
{
    /// <summary>Every descriptor the rule may report; reporting any other is an error.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the rule's callbacks. Called once, before any document is analysed; only registers.</summary>
    public abstract void Initialize(RuleContext context);

    /// <summary>
    /// The options the rule reads with <c>context.GetOption</c>. The engine converts each configured value once per
    /// configuration, so a callback reads a ready value.
    /// </summary>
    public virtual ImmutableArray<RuleOption> Options => [];

    /// <summary>
    /// The options the rule accepts; configuration rejects any other key and any value of the wrong type. Derived from
    /// <see cref="Options"/>; a rule that reads its options by key from <c>context.Options</c> declares them here instead.
    /// </summary>
    public virtual ImmutableArray<RuleOptionDescriptor> SupportedOptions => [.. Options.Select(option => option.Descriptor)];

    public override string ToString() => GetType().Name;
}
