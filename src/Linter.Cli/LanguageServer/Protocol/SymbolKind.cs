namespace Linter.Cli.LanguageServer.Protocol;

/// <summary>The kind of an outline entry (the members used).</summary>
internal enum SymbolKind
{
    File = 1,
    Module = 2,
    Namespace = 3,
    Class = 5,
    Property = 7,
    Field = 8,
    String = 15,
    Event = 24,
}
