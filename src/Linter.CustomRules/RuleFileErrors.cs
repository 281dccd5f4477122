using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Linter.CustomRules;

/// <summary>Collects the mistakes found in one rule file, each placed at a line and column of it.</summary>
internal sealed class RuleFileErrors
{
    private readonly List<RuleFileError> _errors;

    public RuleFileErrors(string path, List<RuleFileError> errors)
    {
        Path = path;
        _errors = errors;
    }

    public string Path { get; }

    public int Count => _errors.Count;

    public void Add(YamlNode node, string message, string? hint = null) => Add(node.Start, message, hint);

    public void Add(Mark mark, string message, string? hint = null) =>
        Add((int)mark.Line, (int)mark.Column, message, hint);

    public void Add(int line, int column, string message, string? hint = null) =>
        AddWithCode(line, column, RuleFileError.RuleCode, message, hint);

    /// <summary>
    /// Adds a mistake with a code of its own, such as the compiler's <c>CS1002</c>. Named apart from
    /// <see cref="Add(int, int, string, string?)"/> so that a code is never taken for a message.
    /// </summary>
    public void AddWithCode(int line, int column, string code, string message, string? hint = null) =>
        _errors.Add(new RuleFileError(Path, Math.Max(1, line), Math.Max(1, column), code, message, hint));
}
