using Linter.Syntax.Green;

namespace Linter.Syntax;

/// <summary>A line of language names left from the web page ("عربي Español Русский Français 简体中文").</summary>
public sealed class LanguageBarSyntax : SyntaxNode
{
    internal LanguageBarSyntax(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
        : base(tree, green, parent, position)
    {
    }
}
