namespace Linter.Cli.Discovery;

/// <summary>A document to check, and whether it was named on the command line or found by searching a directory.</summary>
/// <param name="FullPath">The full path.</param>
/// <param name="IsNamed">True when named directly: an <c>exclude</c> glob then skips it with a warning rather than silently.</param>
internal sealed record DiscoveredFile(string FullPath, bool IsNamed);
