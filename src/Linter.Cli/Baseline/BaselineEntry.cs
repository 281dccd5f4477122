namespace Linter.Cli.Baseline;

/// <summary>One recorded diagnostic. Only <see cref="RuleId"/> and <see cref="Fingerprint"/> match; the line and message are for people reading the file.</summary>
internal sealed record BaselineEntry(string RuleId, string Fingerprint, int Line, string Message);
