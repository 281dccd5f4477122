namespace Linter.Syntax;

/// <summary>
/// The one pre-order walk over green slots that every descendant walk is made of: it stops at each
/// node it enters and at each token, in document order, keeping an explicit stack of frames so
/// that depth cannot overflow the call stack. The node and token walks skip what they do not yield.
/// </summary>
internal struct SyntaxWalkCursor
{
    private WalkFrame[]? _frames;
    private int _depth;
    private SyntaxNode _node;
    private int _slot;
    private int _position;

    public SyntaxWalkCursor(SyntaxNode root)
    {
        _node = root;
        _position = root.Position;
    }

    /// <summary>
    /// Moves to the next node or token below the root: true with <paramref name="node"/> set to a node
    /// just entered, or null and <paramref name="token"/> set; false when the walk is over.
    /// </summary>
    public bool MoveNext(out SyntaxNode? node, out SyntaxToken token)
    {
        while (true)
        {
            var green = _node.Green;
            if (_slot == green.SlotCount)
            {
                if (_depth == 0)
                {
                    node = null;
                    token = default;
                    return false;
                }

                (_node, _slot, _position) = _frames![--_depth];
                continue;
            }

            var child = green.GetSlot(_slot);
            if (child is Green.GreenToken greenToken)
            {
                node = null;
                token = new SyntaxToken(_node, greenToken, _position, _slot);
                _position += greenToken.FullWidth;
                _slot++;
                return true;
            }

            var childNode = _node.GetChildNode(_slot, _position);
            WalkFrame.Push(ref _frames, ref _depth, new WalkFrame(_node, _slot + 1, _position + child.FullWidth));
            _node = childNode;
            _slot = 0;
            _position = childNode.Position;
            node = childNode;
            token = default;
            return true;
        }
    }
}
