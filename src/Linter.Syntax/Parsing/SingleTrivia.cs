using System.Runtime.CompilerServices;
using Linter.Syntax.Green;

namespace Linter.Syntax.Parsing;

/// <summary>
/// Shared one-element trivia arrays for the short trivia nearly every token carries: one space
/// after a word, one line break.
/// </summary>
/// <remarks>
/// Green trivia arrays are never changed after a token is built, so tokens can share them; one
/// array per token was a third of the parser's allocation.
/// </remarks>
internal static class SingleTrivia
{
    private const int FirstKind = (int)SyntaxKind.WhitespaceTrivia;
    private const int KindCount = (int)SyntaxKind.SkippedTextTrivia - FirstKind + 1;
    private const int MaxWidth = 16;

    private static readonly GreenTrivia[][] s_arrays = Create();

    /// <summary>A shared array holding just <paramref name="trivia"/>, when it is short enough to be shared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGet(GreenTrivia trivia, out GreenTrivia[] array)
    {
        var kindIndex = (int)trivia.Kind - FirstKind;
        if ((uint)kindIndex < KindCount && (uint)(trivia.Width - 1) < MaxWidth)
        {
            array = s_arrays[(kindIndex * MaxWidth) + trivia.Width - 1];
            return true;
        }

        array = null!;
        return false;
    }

    private static GreenTrivia[][] Create()
    {
        var arrays = new GreenTrivia[KindCount * MaxWidth][];
        for (var kind = 0; kind < KindCount; kind++)
        {
            for (var width = 1; width <= MaxWidth; width++)
            {
                arrays[(kind * MaxWidth) + width - 1] = [new GreenTrivia((SyntaxKind)(FirstKind + kind), width)];
            }
        }

        return arrays;
    }
}
