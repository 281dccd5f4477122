using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>workspace/executeCommand</c>.</summary>
internal sealed record ExecuteCommandParams
{
    [JsonPropertyName("command")]
    public required string CommandIdentifier { get; init; }

    public JsonElement[]? Arguments { get; init; }
}
