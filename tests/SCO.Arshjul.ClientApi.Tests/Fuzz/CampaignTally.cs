using System.Globalization;
using System.Text;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>The campaign's numbers (requests per status, per strategy, accepted ones per operation) and its findings.</summary>
public sealed class CampaignTally(int seed)
{
    private const int FindingsKept = 40;

    private readonly SortedDictionary<int, int> _byStatus = [];
    private readonly SortedDictionary<string, SortedDictionary<int, int>> _byStrategy = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _acceptedByOperation = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _findingsByKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _timeByOperation = new(StringComparer.Ordinal);
    private readonly List<string> _findings = [];

    public int Seed { get; } = seed;

    public int Requests { get; private set; }

    /// <summary>Requests the API answered with a 2xx.</summary>
    public int Accepted { get; private set; }

    /// <summary>How many times the state was compared through the API after a run of rejected requests.</summary>
    public int ApiComparisons { get; set; }

    /// <summary>Time spent generating requests, sending them, reading the stored rows, and reading the state through the API.</summary>
    public (TimeSpan Generating, TimeSpan Requests, TimeSpan StoredReads, TimeSpan ApiReads) Time { get; set; }

    /// <summary>Every finding, kept ones in full (the first <see cref="FindingsKept"/>), the rest counted by kind.</summary>
    public int FindingCount => _findingsByKind.Values.Sum();

    public IReadOnlyList<string> Findings => _findings;

    public void Count(FuzzRequest request, int status, TimeSpan took)
    {
        ArgumentNullException.ThrowIfNull(request);
        Requests++;
        _timeByOperation[request.Operation] = _timeByOperation.GetValueOrDefault(request.Operation) + took;
        Increment(_byStatus, status);
        foreach (var strategy in request.Strategies)
        {
            Increment(Row(_byStrategy, strategy), status);
        }

        if (status is >= 200 and < 300)
        {
            Accepted++;
            _acceptedByOperation[request.Operation] = _acceptedByOperation.GetValueOrDefault(request.Operation) + 1;
        }
    }

    /// <summary>Records a finding of <paramref name="kind"/> (e.g. "server error") about <paramref name="subject"/>.</summary>
    public void Find(string kind, string subject, string what)
    {
        _findingsByKind[kind] = _findingsByKind.GetValueOrDefault(kind) + 1;
        if (_findings.Count < FindingsKept)
        {
            _findings.Add($"{kind}: {subject}\n    → {what}");
        }
    }

    /// <summary>The numbers as lines for the test output.</summary>
    public string Report(TimeSpan elapsed)
    {
        var report = new StringBuilder();
        var seconds = elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        report.AppendLine(CultureInfo.InvariantCulture, $"fuzz: seed {Seed}, {Requests} requests in {seconds} s ({Requests / Math.Max(elapsed.TotalSeconds, 0.001):0} a second)");
        report.AppendLine(CultureInfo.InvariantCulture, $"fuzz: time generating {Time.Generating.TotalSeconds:0.0} s, in requests {Time.Requests.TotalSeconds:0.0} s, stored-row reads {Time.StoredReads.TotalSeconds:0.0} s, API snapshots {Time.ApiReads.TotalSeconds:0.0} s");
        var slowest = _timeByOperation.OrderByDescending(o => o.Value).Take(3).Select(o => $"{o.Key} {o.Value.TotalSeconds:0.0} s");
        report.AppendLine(CultureInfo.InvariantCulture, $"fuzz: the operations that took longest in all: {string.Join(", ", slowest)}");
        report.AppendLine(CultureInfo.InvariantCulture, $"fuzz: per status: {Statuses(_byStatus)}");
        report.AppendLine(CultureInfo.InvariantCulture, $"fuzz: accepted (2xx): {Accepted}: {string.Join(", ", _acceptedByOperation.Select(a => $"{a.Key} {a.Value}"))}");
        report.AppendLine(CultureInfo.InvariantCulture, $"fuzz: state compared through the API {ApiComparisons} times after runs of rejected requests");
        report.AppendLine("fuzz: per strategy (a request broken two ways counts under both):");
        foreach (var (strategy, statuses) in _byStrategy)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"fuzz:   {strategy}: {Statuses(statuses)}");
        }

        report.Append(CultureInfo.InvariantCulture, $"fuzz: findings: {FindingCount}{(FindingCount == 0 ? string.Empty : " — " + string.Join(", ", _findingsByKind.Select(f => $"{f.Key} {f.Value}")))}");
        return report.ToString();
    }

    private static string Statuses(SortedDictionary<int, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}"));

    private static SortedDictionary<int, int> Row(SortedDictionary<string, SortedDictionary<int, int>> table, string key) =>
        table.TryGetValue(key, out var row) ? row : table[key] = [];

    private static void Increment(SortedDictionary<int, int> counts, int status) => counts[status] = counts.GetValueOrDefault(status) + 1;
}
