namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>JSON-RPC's error codes and the protocol's own (the specification's ErrorCodes and LSPErrorCodes).</summary>
internal static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int RequestCancelled = -32800;
}
