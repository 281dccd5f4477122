namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>How a watched file changed.</summary>
internal enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}
