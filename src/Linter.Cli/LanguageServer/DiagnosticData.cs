using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// What a sent diagnostic carries in its <c>data</c>: the version it was found in and its fix, so a
/// client can apply the fix without asking, and a code action can be resolved from the diagnostic alone.
/// </summary>
internal sealed record DiagnosticData
{
    public required int Version { get; init; }

    public FixData? Fix { get; init; }
}

/// <summary>A diagnostic's fix as the client sees it: its title, whether it is safe, and its edits in the negotiated encoding.</summary>
internal sealed record FixData
{
    public required string Title { get; init; }

    /// <summary><c>safe</c> or <c>unsafe</c>, as in <c>check --format json</c>.</summary>
    public required string Applicability { get; init; }

    public required TextEdit[] Edits { get; init; }
}
