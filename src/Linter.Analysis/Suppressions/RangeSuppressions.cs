using System.Collections.Immutable;

namespace Linter.Analysis.Suppressions;

/// <summary>
/// What <c>stmtlint-disable</c> and <c>stmtlint-enable</c> comments leave switched off at each point
/// of a document. The state is computed once per comment, in document order; a diagnostic looks up
/// the state of the last comment before it.
/// </summary>
internal sealed class RangeSuppressions
{
    private readonly List<(int Position, State State)> _states = [];

    public RangeSuppressions(IEnumerable<SuppressionDirective> directives)
    {
        var state = State.Empty;
        foreach (var directive in directives)
        {
            if (directive.Kind == SuppressionDirectiveKind.Disable)
            {
                state = state.Disable(directive);
            }
            else if (directive.Kind == SuppressionDirectiveKind.Enable)
            {
                state = state.Enable(directive);
            }
            else
            {
                continue;
            }

            _states.Add((directive.CommentSpan.Start, state));
        }
    }

    /// <summary>Marks the disable that covers a diagnostic of <paramref name="id"/> at <paramref name="position"/> as used, and says whether one did.</summary>
    public bool MarkIfCovers(int position, string id)
    {
        // Comments are few; a backwards scan is as fast as a binary search here.
        for (var i = _states.Count - 1; i >= 0; i--)
        {
            if (_states[i].Position <= position)
            {
                return _states[i].State.MarkIfCovers(id);
            }
        }

        return false;
    }

    /// <summary>An immutable snapshot: a disable of every rule (with the IDs enabled again since), and disables of single IDs.</summary>
    private sealed record State(SuppressionDirective? AllRules, ImmutableHashSet<string> EnabledAgain, ImmutableDictionary<string, SuppressionTarget> ById)
    {
        public static State Empty { get; } = new(null, ImmutableHashSet.Create<string>(StringComparer.Ordinal), ImmutableDictionary.Create<string, SuppressionTarget>(StringComparer.Ordinal));

        public State Disable(SuppressionDirective directive)
        {
            if (directive.AppliesToAllRules)
            {
                return this with { AllRules = directive, EnabledAgain = EnabledAgain.Clear() };
            }

            var byId = ById;
            var enabledAgain = EnabledAgain;
            foreach (var target in directive.Targets)
            {
                if (target.Id is { } id)
                {
                    byId = byId.SetItem(id, target);
                    enabledAgain = enabledAgain.Remove(id);
                }
            }

            return this with { ById = byId, EnabledAgain = enabledAgain };
        }

        public State Enable(SuppressionDirective directive)
        {
            if (directive.AppliesToAllRules)
            {
                directive.Used = AllRules is not null || !ById.IsEmpty;
                return Empty;
            }

            var byId = ById;
            var enabledAgain = EnabledAgain;
            foreach (var target in directive.Targets)
            {
                if (target.Id is not { } id)
                {
                    continue;
                }

                if (byId.ContainsKey(id))
                {
                    byId = byId.Remove(id);
                    target.Used = true;
                }

                if (AllRules is not null && !enabledAgain.Contains(id))
                {
                    enabledAgain = enabledAgain.Add(id);
                    target.Used = true;
                }
            }

            return this with { ById = byId, EnabledAgain = enabledAgain };
        }

        public bool MarkIfCovers(string id)
        {
            if (ById.TryGetValue(id, out var target))
            {
                target.Used = true;
                return true;
            }

            if (AllRules is not null && !EnabledAgain.Contains(id))
            {
                AllRules.Used = true;
                return true;
            }

            return false;
        }
    }
}
