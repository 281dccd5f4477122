namespace Linter.Syntax;

/// <summary>Where a walk resumes in a node once the subtree it descended into is done.</summary>
internal readonly record struct WalkFrame(SyntaxNode Node, int Slot, int Position)
{
    /// <summary>Pushes <paramref name="frame"/> on a stack kept in an array that grows as needed.</summary>
    public static void Push(ref WalkFrame[]? frames, ref int depth, WalkFrame frame)
    {
        frames ??= new WalkFrame[4];
        if (depth == frames.Length)
        {
            Array.Resize(ref frames, frames.Length * 2);
        }

        frames[depth++] = frame;
    }
}
