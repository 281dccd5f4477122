namespace Linter.Cli.Formatters;

/// <summary>One output of a run: a format and the file it goes to, or null for stdout.</summary>
/// <param name="Format">One of <see cref="OutputFormats.Names"/>.</param>
/// <param name="Path">The <c>--output</c> file, or null for stdout.</param>
internal sealed record OutputRequest(string Format, string? Path);
