using System.Text.Json;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// The one method StreamJsonRpc calls for a request: its parameters arrive as JSON, whole (the
/// protocol passes one object), and the server reads them with its source-generated types.
/// </summary>
internal sealed class RequestEndpoint(Func<JsonElement?, CancellationToken, Task<JsonElement>> handler)
{
    public Task<JsonElement> InvokeAsync(JsonElement? parameters = null, CancellationToken cancellationToken = default) =>
        handler(parameters, cancellationToken);
}

/// <summary>
/// The one method StreamJsonRpc calls for a notification. It runs synchronously: StreamJsonRpc
/// dispatches in order and waits for a synchronous method, so document changes apply in the order
/// sent, before any later request is read.
/// </summary>
internal sealed class NotificationEndpoint(Action<JsonElement?> handler)
{
    public void Invoke(JsonElement? parameters = null) => handler(parameters);
}
