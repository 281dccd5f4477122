namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The kind of a message shown or logged.</summary>
internal enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}
