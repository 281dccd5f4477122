using System.Text.Json;
using System.Text.Json.Serialization;
using Linter.Cli.LanguageServer.Protocol;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// Source-generated serialisation of every message the server reads or writes (camelCase, nulls left
/// out, as the protocol writes them), so the native build needs no reflection for JSON.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonElement?))]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(DocumentDiagnosticReport))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(DocumentSymbolParams))]
[JsonSerializable(typeof(DocumentSymbol[]))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(Location[]))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(ShowMessageParams))]
[JsonSerializable(typeof(ShowDocumentParams))]
[JsonSerializable(typeof(ShowDocumentResult))]
[JsonSerializable(typeof(ExecuteCommandParams))]
[JsonSerializable(typeof(DiagnosticData))]
[JsonSerializable(typeof(ServerInitializationOptions))]
[JsonSerializable(typeof(ConfigurationReport))]
[JsonSerializable(typeof(string))]
internal sealed partial class LspJsonContext : JsonSerializerContext;
