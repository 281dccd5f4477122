using System.Runtime.CompilerServices;
using Linter.Syntax.Green;

namespace Linter.Syntax.Parsing;

/// <summary>
/// Collects tokens and trivia in text order and decides which trivia trails a token and which
/// leads the next one, as Roslyn does: a token's trailing trivia runs to the end of its line.
/// </summary>
internal sealed class TokenListBuilder
{
    // Prose averages a little over five characters per token with its trivia; a list sized for one
    // token per four characters rarely grows, where growing by doubling copied every token twice.
    private const int CharactersPerToken = 4;

    // The trivia since the last token, not yet known to trail it or to lead the next one. Usually
    // one or two items, so an array with a count: nothing to shift when it is taken.
    private GreenTrivia[] _pending = new GreenTrivia[8];
    private int _pendingCount;
    private readonly List<GreenToken> _tokens;
    private readonly List<int> _starts;
    private Draft? _draft;

    /// <summary>Creates a builder for a text of <paramref name="textLength"/> characters.</summary>
    public TokenListBuilder(int textLength)
    {
        var capacity = (textLength / CharactersPerToken) + 1;
        _tokens = new List<GreenToken>(capacity);
        _starts = new List<int>(capacity);
    }

    /// <summary>The finished tokens, in order, the last being the end-of-file token.</summary>
    public List<GreenToken> Tokens => _tokens;

    /// <summary>The start of each token's text (without leading trivia), parallel to <see cref="Tokens"/>.</summary>
    public List<int> TextStarts => _starts;

    public void AddTrivia(SyntaxKind kind, int width)
    {
        if (width <= 0)
        {
            return;
        }

        // Adjacent trivia of one kind merge, so "  " is one whitespace trivia however it was lexed.
        if (_pendingCount > 0 && _pending[_pendingCount - 1].Kind == kind && kind != SyntaxKind.EndOfLineTrivia)
        {
            ref var last = ref _pending[_pendingCount - 1];
            last = new GreenTrivia(kind, last.Width + width);
            return;
        }

        if (_pendingCount == _pending.Length)
        {
            Array.Resize(ref _pending, _pending.Length * 2);
        }

        _pending[_pendingCount++] = new GreenTrivia(kind, width);
    }

    public void AddToken(SyntaxKind kind, int start, int width, object? value = null)
    {
        var leading = FlushPrevious(out var leadingShared);
        _draft = new Draft(kind, start, width, leading, leadingShared, value);
    }

    /// <summary>Closes the list with a zero-width end-of-file token that carries whatever trivia remains.</summary>
    public void Finish(int textLength)
    {
        var leading = FlushPrevious(out _);
        _tokens.Add(new GreenToken(SyntaxKind.EndOfFileToken, 0, leading, null));
        _starts.Add(textLength);
    }

    /// <summary>Finishes the drafted token with the trivia that trails it; returns the rest, which leads the next token.</summary>
    private GreenTrivia[]? FlushPrevious(out bool leadingShared)
    {
        if (_draft is not { } draft)
        {
            var all = TakePending(0, _pendingCount, out leadingShared);
            _pendingCount = 0;
            return all;
        }

        var take = 0;
        var sawWhitespace = false;
        foreach (var trivia in _pending.AsSpan(0, _pendingCount))
        {
            if (trivia.Kind == SyntaxKind.EndOfLineTrivia)
            {
                take++;
                break;
            }

            if (trivia.Kind == SyntaxKind.WhitespaceTrivia)
            {
                sawWhitespace = true;
                take++;
                continue;
            }

            // Markup right after a token ("Zhao:**") closes it; markup after a space opens what follows.
            if (trivia.Kind == SyntaxKind.MarkupTrivia && !sawWhitespace)
            {
                take++;
                continue;
            }

            break;
        }

        var trailing = TakePending(0, take, out var trailingShared);
        _tokens.Add(draft.Value is null && draft.LeadingShared && trailingShared
            ? SharedToken(draft.Kind, draft.Width, draft.Leading, trailing)
            : new GreenToken(draft.Kind, draft.Width, draft.Leading, trailing, value: draft.Value));
        _starts.Add(draft.Start);
        _draft = null;
        var rest = TakePending(take, _pendingCount - take, out leadingShared);
        _pendingCount = 0;
        return rest;
    }

    /// <summary>
    /// A green token holds no text and no position, so two tokens of one kind and width whose trivia
    /// arrays are the same shared ones are interchangeable, within a document and across documents (as
    /// in Roslyn). Most tokens of prose are such, a word and one space, so a small table of recent ones,
    /// per thread, spares most token allocations. Only tokens whose trivia arrays are shared (or absent)
    /// come here: those are the only arrays that can be compared by reference.
    /// </summary>
    private static GreenToken SharedToken(SyntaxKind kind, int width, GreenTrivia[]? leading, GreenTrivia[]? trailing)
    {
        var recent = t_recentTokens ??= new GreenToken?[RecentTokenSlots];
        var hash = ((int)kind * 31) + width;
        hash = (hash * 31) + TriviaKey(leading);
        hash = (hash * 31) + TriviaKey(trailing);
        ref var slot = ref recent[hash & (RecentTokenSlots - 1)];
        if (slot is { } cached && cached.Kind == kind && cached.Width == width && SameTrivia(cached.LeadingTrivia, leading) && SameTrivia(cached.TrailingTrivia, trailing))
        {
            return cached;
        }

        return slot = new GreenToken(kind, width, leading, trailing);
    }

    private const int RecentTokenSlots = 1 << 12;

    [ThreadStatic]
    private static GreenToken?[]? t_recentTokens;

    private static bool SameTrivia(GreenTrivia[] held, GreenTrivia[]? wanted) => wanted is null ? held.Length == 0 : ReferenceEquals(held, wanted);

    private static int TriviaKey(GreenTrivia[]? trivia) => trivia is null ? 0 : ((int)trivia[0].Kind << 5) + trivia[0].Width;

    /// <summary>
    /// <paramref name="count"/> pending trivia from <paramref name="start"/>, as an array (null when there are none);
    /// <paramref name="shared"/> tells whether that is null or one of <see cref="SingleTrivia"/>'s shared arrays.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private GreenTrivia[]? TakePending(int start, int count, out bool shared)
    {
        if (count == 0)
        {
            shared = true;
            return null;
        }

        if (count == 1 && SingleTrivia.TryGet(_pending[start], out var single))
        {
            shared = true;
            return single;
        }

        shared = false;
        return _pending.AsSpan(start, count).ToArray();
    }

    private readonly record struct Draft(SyntaxKind Kind, int Start, int Width, GreenTrivia[]? Leading, bool LeadingShared, object? Value);
}
