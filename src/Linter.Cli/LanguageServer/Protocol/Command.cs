using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>A command the client asks the server to execute.</summary>
internal sealed record Command
{
    public required string Title { get; init; }

    [JsonPropertyName("command")]
    public required string CommandIdentifier { get; init; }

    public JsonElement[]? Arguments { get; init; }
}
