using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.Grains;

/// <summary>
/// The decision register's lines in the order of its pages (not final first, then final; each by due date then
/// reference), kept in memory between calls so that a page is one pass over them rather than a sort; rebuilt when the
/// lines change (<see cref="Invalidate"/>) or the state is replaced (a reload after a conflict).
/// </summary>
internal sealed class DecisionRegisterOrder
{
    private Dictionary<string, DecisionSummary>? _source;
    private DecisionSummary[] _ordered = [];

    /// <summary>Forgets the order; the next <see cref="Of"/> sorts again.</summary>
    public void Invalidate() => _source = null;

    /// <summary>The lines of <paramref name="lines"/> in page order.</summary>
    public IReadOnlyList<DecisionSummary> Of(Dictionary<string, DecisionSummary> lines)
    {
        if (!ReferenceEquals(_source, lines) || _ordered.Length != lines.Count)
        {
            _ordered = [.. lines.Values
                .OrderBy(s => DecisionTransitions.IsFinal(s.Status))
                .ThenBy(s => s.Due)
                .ThenBy(s => s.Reference, StringComparer.Ordinal)];
            _source = lines;
        }

        return _ordered;
    }
}
