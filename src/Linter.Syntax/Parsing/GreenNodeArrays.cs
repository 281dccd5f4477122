using System.Runtime.InteropServices;
using Linter.Syntax.Green;

namespace Linter.Syntax.Parsing;

/// <summary>Children arrays for green elements, made without intermediate lists.</summary>
internal static class GreenNodeArrays
{
    /// <summary>The tokens [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) as a children array.</summary>
    /// <remarks>A copy straight from the token list: <c>GetRange(…).ToArray&lt;GreenNode&gt;()</c> made a list and an array before this one.</remarks>
    public static GreenNode[] FromTokens(List<GreenToken> tokens, int start, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var source = CollectionsMarshal.AsSpan(tokens).Slice(start, count);
        var children = new GreenNode[count];
        for (var i = 0; i < source.Length; i++)
        {
            children[i] = source[i];
        }

        return children;
    }
}
