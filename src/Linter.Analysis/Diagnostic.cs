namespace Linter.Analysis;

/// <summary>One problem found in one document.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic; rules do not call this, they call <c>Report</c> on their context.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, Severity severity, Location location, string message, Fix? fix = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(message);
        Descriptor = descriptor;
        Severity = severity;
        Location = location;
        Message = message;
        Fix = fix;
    }

    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The descriptor's ID, for convenience.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity: the descriptor's default unless configuration changed it.</summary>
    public Severity Severity { get; }

    public Location Location { get; }

    /// <summary>The message, formatted from the descriptor's format and the reported arguments.</summary>
    public string Message { get; }

    /// <summary>A fix for the problem, or null when none is offered.</summary>
    public Fix? Fix { get; }

    public override string ToString() => $"{Location.FilePath}{Location.Span}: {Severity} {Id}: {Message}";
}
