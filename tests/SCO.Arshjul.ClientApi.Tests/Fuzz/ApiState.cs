namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// The organisation as the API shows it to the förbundschef: the registers, the year's plan, tasks and wheel, the
/// outbox, the API tokens, and every item the campaign aims at with its history. It catches a rejected request that
/// changed a grain in memory without writing it, which the stored rows cannot show.
/// </summary>
public sealed class ApiState
{
    private readonly HttpClient _client;
    private readonly IReadOnlyList<string> _paths;

    public ApiState(HttpClient client, FuzzTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        _client = client;
        _paths =
        [
            "meetings", "decisions", "internal-control/2026", "internal-control/2026/report", "work-environment/2026", "wheel/2026",
            "notifications?limit=500", "tokens", "items/roster/history",
            .. targets.Meetings.Select(id => $"meetings/{id}"),
            .. targets.Decisions.Select(id => $"decisions/{id}"),
        ];
    }

    /// <summary>Path → status and body, now.</summary>
    public async Task<Dictionary<string, string>> ReadAsync(CancellationToken cancellationToken)
    {
        var state = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in _paths)
        {
            using var response = await _client.GetAsync($"/api/v1/orgs/sco/{path}", cancellationToken);
            state[path] = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
        }

        return state;
    }

    /// <summary>The paths whose answer differs.</summary>
    public static IReadOnlyList<string> Diff(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Where(path => after.GetValueOrDefault(path) != before[path])];
}
