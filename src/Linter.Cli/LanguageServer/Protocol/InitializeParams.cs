using System.Text.Json;

namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The parameters of <c>initialize</c>.</summary>
internal sealed record InitializeParams
{
    public int? ProcessId { get; init; }
    public string? RootUri { get; init; }
    public string? RootPath { get; init; }
    public WorkspaceFolder[]? WorkspaceFolders { get; init; }
    public ClientCapabilities Capabilities { get; init; } = new();
    public JsonElement? InitializationOptions { get; init; }
}
