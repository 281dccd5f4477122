namespace Linter.CustomRules;

/// <summary>
/// Where compiled C# rules are kept between runs, and the secret that authenticates them. A compiled
/// rule is code that runs, so the cache must never be a way to run code that differs from the
/// <c>.cs</c> file reviewers read: the folder belongs to the user, outside any repository, and an
/// entry is loaded only when its HMAC under <paramref name="Key"/> (a per-machine secret, never in a
/// repository) matches, which only this tool, having compiled it, can have written.
/// </summary>
/// <param name="Directory">The folder (compiled rules go in <c>rules/</c> under it).</param>
/// <param name="Key">The secret the entries are authenticated with.</param>
public sealed record CompiledRuleCache(string Directory, ReadOnlyMemory<byte> Key);
