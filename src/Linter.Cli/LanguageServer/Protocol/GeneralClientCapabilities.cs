namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>General client capabilities.</summary>
internal sealed record GeneralClientCapabilities
{
    /// <summary>The position encodings the client supports, most preferred first; absent means UTF-16 only.</summary>
    public string[]? PositionEncodings { get; init; }
}
