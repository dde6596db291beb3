using NodaTime;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// Board decisions <c>FEL 0001</c> … all due on one day, recorded while seeding: each yields an on-the-day reminder at
/// 09:00 to its responsible and to the förbundschef (once if that is the same person).
/// </summary>
internal static class DueDecisions
{
    private static readonly string[] Responsible = ["annika-westerlund", "petra-sjodin", "goran-vikstrom", "maria-lovgren", "sofia-nyqvist"];

    /// <summary>The source keys of their notifications begin with this.</summary>
    public const string SourcePrefix = "sco/decision/FEL ";

    /// <summary>Records decisions 1 to <paramref name="count"/>, due on <paramref name="day"/>.</summary>
    public static Task RecordAsync(IGrainFactory grains, int count, LocalDate day, CancellationToken cancellationToken) => Parallel.ForEachAsync(
        Enumerable.Range(1, count),
        new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
        async (i, c) => await grains.GetGrain<IDecisionGrain>($"sco/decision/{Reference(i)}").RecordAsync(
            new RecordDecision(Reference(i), "sco/meeting/2026-11-27-styrelse", Title(i), $"Felprov nummer {i}.", Responsible[i % Responsible.Length], day),
            "system:fault-test",
            c));

    /// <summary>The idempotency keys the on-the-day reminders of decisions 1 to <paramref name="count"/> must yield, in ordinal order.</summary>
    public static IReadOnlyList<string> ExpectedKeys(int count) => [.. Enumerable.Range(1, count).SelectMany(Keys).Order(StringComparer.Ordinal)];

    /// <summary>How many notifications decision <paramref name="i"/> must yield.</summary>
    public static int NotificationsOf(int i) => Keys(i).Count();

    public static string Title(int i) => $"Felprov {i:0000}";

    /// <summary>How many of their notifications are delivered.</summary>
    public static Task<long> DeliveredAsync(FaultCluster cluster, CancellationToken cancellationToken) =>
        cluster.CountAsync($"SELECT count(*) FROM arshjul_outbox WHERE kind = 'notification' AND source_key LIKE '{SourcePrefix}%' AND status = 'delivered'", cancellationToken);

    /// <summary>How many of their notifications are written to the outbox (in any state).</summary>
    public static Task<long> WrittenAsync(FaultCluster cluster, CancellationToken cancellationToken) =>
        cluster.CountAsync($"SELECT count(*) FROM arshjul_outbox WHERE kind = 'notification' AND source_key LIKE '{SourcePrefix}%'", cancellationToken);

    private static IEnumerable<string> Keys(int i) =>
        new[] { Responsible[i % Responsible.Length], Responsible[0] }.Distinct().Select(person => $"sco/decision/{Reference(i)}/due-0d/{person}");

    private static string Reference(int i) => $"FEL {i:0000}";
}
