namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>client/registerCapability</c>.</summary>
internal sealed record RegistrationParams
{
    public required Registration[] Registrations { get; init; }
}
