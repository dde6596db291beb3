using SCO.Arshjul.ClientApi.Identity;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// The campaign's requests, a pure function of the seed and the operations: an operation (writes three times as often
/// as reads), one strategy (a second one in a quarter of the requests, never two that rewrite the whole body), and a
/// persona: the förbundschef in three requests of four, else another role of the roster.
/// </summary>
public sealed class RequestGenerator
{
    private static readonly (string Persona, int Weight)[] Personas =
    [
        (ArshjulRole.Forbundschef, 75), (ArshjulRole.Kansli, 8), (ArshjulRole.Styrelse, 4), (ArshjulRole.Internkontrollant, 4),
        (ArshjulRole.Revisor, 3), (ArshjulRole.Beredningsgrupp, 3), (ArshjulRole.Medlemsrad, 3),
    ];

    private static readonly FuzzStrategy[] Strategies =
        [.. PathStrategies.All, .. BodyStrategies.All, .. RawBodyStrategies.All, .. TransportStrategies.All];

    private readonly Random _random;
    private readonly IReadOnlyList<ApiOperation> _operations;
    private readonly FuzzTargets _targets;

    public RequestGenerator(int seed, IReadOnlyList<ApiOperation> operations, FuzzTargets targets) =>
        (_random, _operations, _targets) = (new Random(seed), operations, targets);

    /// <summary>The next request; <paramref name="index"/> is only its label.</summary>
    public FuzzRequest Next(int index)
    {
        var operation = Weighted(_operations, o => o.IsWrite ? 3 : 1);
        var draft = new RequestDraft(operation, _targets, _random);
        var applicable = Strategies.Where(s => s.AppliesTo(operation)).ToList();
        var chosen = new List<FuzzStrategy> { Weighted(applicable, s => s.Weight) };
        if (_random.Next(4) == 0)
        {
            var others = applicable.Where(s => s.Name != chosen[0].Name && !(s.Stage == FuzzStage.Raw && chosen[0].Stage == FuzzStage.Raw)).ToList();
            if (others.Count > 0)
            {
                chosen.Add(Weighted(others, s => s.Weight));
            }
        }

        chosen = [.. chosen.OrderBy(s => s.Stage)];
        var mustReject = false;
        foreach (var strategy in chosen)
        {
            mustReject |= strategy.Apply(draft, _random);
        }

        mustReject &= !chosen.Any(s => s.Reroutes);
        return draft.Build(index, Weighted(Personas, p => p.Weight).Persona, [.. chosen.Select(s => s.Name)], mustReject);
    }

    private T Weighted<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var pick = _random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            pick -= weight(item);
            if (pick < 0)
            {
                return item;
            }
        }

        throw new InvalidOperationException("No item to pick.");
    }
}
