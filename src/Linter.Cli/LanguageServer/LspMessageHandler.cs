using System.Buffers;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// The protocol's framing (<c>Content-Length</c> headers) with one difference from StreamJsonRpc's
/// own handler, which drops the connection on the first message it cannot read: a body that is not
/// JSON, or JSON that is not a request, response or notification, is answered with a JSON-RPC error
/// (id null, as JSON-RPC says) and the next message is read; a header line that cannot be read is
/// skipped, answered once, until a message reads again. A client's mistake costs that message, not
/// the editor's server.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly IJsonRpcMessageFactory _factory;
    private readonly Action<string> _log;

    public LspMessageHandler(Stream sendingStream, Stream receivingStream, SystemTextJsonFormatter formatter, Action<string> log)
        : base(sendingStream, receivingStream, formatter)
    {
        _factory = formatter;
        _log = log;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var answeredBadHeader = false;
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                _log($"a message could not be read: {e.Message}");
                await ReplyAsync(CodeFor(e), $"the message could not be read: {e.Message}", cancellationToken).ConfigureAwait(false);
            }
            catch (BadRpcHeaderException e)
            {
                _log($"a header could not be read: {e.Message}");
                if (!answeredBadHeader)
                {
                    answeredBadHeader = true;
                    await ReplyAsync(JsonRpcErrorCode.ParseError, $"a header could not be read: {e.Message}", cancellationToken).ConfigureAwait(false);
                }

                // A header block without Content-Length was read to its end; any other bad header stopped at the bad line, which is dropped.
                if (!e.Message.StartsWith("No Content-Length", StringComparison.Ordinal) && !await SkipLineAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }
            }
            catch (EndOfStreamException)
            {
                // The stream ended inside a header: the client has gone.
                return null;
            }
        }
    }

    /// <summary>JSON that parses but is no JSON-RPC message is an invalid request; anything else a parse error.</summary>
    private static JsonRpcErrorCode CodeFor(JsonException e) =>
        e.Message.StartsWith("Expected a", StringComparison.Ordinal) ? JsonRpcErrorCode.InvalidRequest : JsonRpcErrorCode.ParseError;

    private async ValueTask ReplyAsync(JsonRpcErrorCode code, string message, CancellationToken cancellationToken)
    {
        var error = _factory.CreateErrorMessage();
        error.RequestId = RequestId.Null;
        error.Error = new JsonRpcError.ErrorDetail { Code = code, Message = message };
        await WriteAsync(error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops the input up to and including the next line feed; false when the input ends first.</summary>
    private async ValueTask<bool> SkipLineAsync(CancellationToken cancellationToken)
    {
        var reader = Reader ?? throw new InvalidOperationException("the handler cannot read");
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var lineFeed = read.Buffer.PositionOf((byte)'\n');
            if (lineFeed is { } position)
            {
                reader.AdvanceTo(read.Buffer.GetPosition(1, position));
                return true;
            }

            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return false;
            }
        }
    }
}
