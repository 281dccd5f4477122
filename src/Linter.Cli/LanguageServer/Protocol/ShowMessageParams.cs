namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>window/showMessage</c> (and <c>window/logMessage</c>, whose LogMessageParams have the same shape).</summary>
internal sealed record ShowMessageParams
{
    public required MessageType Type { get; init; }
    public required string Message { get; init; }
}
