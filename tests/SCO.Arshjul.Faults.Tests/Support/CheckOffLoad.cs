using System.Collections.Concurrent;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// Sends check-offs to the nodes as their checkers and keeps every answer each one got, in order: which the API
/// acknowledged, which got no answer, and what a retry of an unacknowledged one answered.
/// </summary>
internal sealed class CheckOffLoad(IReadOnlyList<ApiCaller> callers) : IDisposable
{
    private readonly ConcurrentDictionary<CheckOff, ConcurrentQueue<ApiAnswer>> _answers = new();

    /// <summary>The checkers' callers, one per person of <see cref="ControlPlans.Checkers"/>.</summary>
    public IReadOnlyList<ApiCaller> Callers => callers;

    /// <summary>
    /// While seeding: adopts the plans of <paramref name="years"/> (<paramref name="controls"/> controls each) and
    /// creates a token and a caller for each checker; <paramref name="timeout"/> and <paramref name="connectionsPerNode"/> as <see cref="ApiCaller.CreateAsync"/>.
    /// </summary>
    public static async Task<CheckOffLoad> SeedAsync(
        IGrainFactory grains, IReadOnlyList<int> years, int controls, TimeSpan timeout, int connectionsPerNode, CancellationToken cancellationToken)
    {
        await ControlPlans.AdoptAsync(grains, years, controls, cancellationToken);
        List<ApiCaller> created = [];
        foreach (var person in ControlPlans.Checkers)
        {
            created.Add(await ApiCaller.CreateAsync(grains, person, timeout, connectionsPerNode, cancellationToken));
        }

        return new CheckOffLoad(created);
    }

    /// <summary>The check-offs sent so far.</summary>
    public IReadOnlyCollection<CheckOff> Sent => [.. _answers.Keys];

    /// <summary>Every answer of every check-off sent.</summary>
    public IEnumerable<ApiAnswer> AllAnswers => _answers.Values.SelectMany(a => a);

    public async Task<ApiAnswer> SendAsync(CheckOff checkOff, ClusterNode node, CancellationToken cancellationToken)
    {
        var answer = await callers.Single(c => c.Person == checkOff.Person).PostAsync(node, checkOff.Path, checkOff.Json, cancellationToken);
        _answers.GetOrAdd(checkOff, _ => new ConcurrentQueue<ApiAnswer>()).Enqueue(answer);
        return answer;
    }

    /// <summary>What <paramref name="checkOff"/> was answered, first to last.</summary>
    public IReadOnlyList<ApiAnswer> AnswersTo(CheckOff checkOff) => _answers.TryGetValue(checkOff, out var answers) ? [.. answers] : [];

    /// <summary>The API acknowledged it (2xx) at least once.</summary>
    public bool Acknowledged(CheckOff checkOff) => AnswersTo(checkOff).Any(a => a.Acknowledged);

    /// <summary>
    /// Sends each of <paramref name="checkOffs"/> the API has not acknowledged again (the same request: a check-off
    /// stored without its answer arriving is acknowledged again, not refused), to the node <paramref name="pick"/> names,
    /// while it gets no answer, a 409 or a 5xx; at most <paramref name="attempts"/> rounds.
    /// </summary>
    public async Task SettleAsync(IEnumerable<CheckOff> checkOffs, Func<int, ClusterNode> pick, int attempts, CancellationToken cancellationToken)
    {
        var open = checkOffs.Where(c => !Acknowledged(c)).ToList();
        for (var round = 0; round < attempts && open.Count > 0; round++)
        {
            await Parallel.ForEachAsync(
                open.Select((c, i) => (c, i)),
                new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (item, c) => await SendAsync(item.c, pick(item.i + round), c));
            open = [.. open.Where(c => AnswersTo(c)[^1] is { Status: null or 409 or >= 500 })];
        }
    }

    public void Dispose()
    {
        foreach (var caller in callers)
        {
            caller.Dispose();
        }
    }
}
