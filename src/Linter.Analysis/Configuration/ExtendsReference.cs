namespace Linter.Analysis.Configuration;

/// <summary>One entry of <c>extends:</c> and where it is written, for errors about a missing or cyclic target.</summary>
internal sealed record ExtendsReference(string Target, int Line, int Column);
