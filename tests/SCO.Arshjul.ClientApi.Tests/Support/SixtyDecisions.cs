using NodaTime;
using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.ClientApi.Tests.Support;

/// <summary>
/// Sixty decisions due in one year, for the status board's paging: <c>SCÖ {year}-P.{i}</c> (i = 1 … 60) due on day i
/// of the year; the first five (the earliest due) avbrutna, the rest beslutade. The board lists the 55 open ones first
/// (P.6 … P.60), then P.1 … P.5.
/// </summary>
public static class SixtyDecisions
{
    public const int Count = 60;
    public const int CancelledCount = 5;

    /// <summary>The reference of decision <paramref name="i"/>.</summary>
    public static string Reference(int year, int i) => $"SCÖ {year}-P.{i}";

    /// <summary>The references in board order from position <paramref name="from"/> (0-based), <paramref name="count"/> of them.</summary>
    public static IEnumerable<string> InBoardOrder(int year, int from, int count) =>
        Enumerable.Range(CancelledCount + 1, Count - CancelledCount).Concat(Enumerable.Range(1, CancelledCount))
            .Skip(from).Take(count).Select(i => Reference(year, i));

    /// <summary>Records them through the grains (as the förbundschef, at a board meeting of the sample organisation).</summary>
    public static async Task RecordAsync(ArshjulWebFactory factory, int year)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ct = TestContext.Current.CancellationToken;
        for (var i = 1; i <= Count; i++)
        {
            var reference = Reference(year, i);
            var decision = factory.Grains.GetGrain<IDecisionGrain>($"{TestPeople.Org}/decision/{reference}");
            await decision.RecordAsync(
                new RecordDecision(reference, "sco/meeting/2026-11-27-styrelse", $"Uppdrag {i}", $"Styrelsen ger förbundschefen uppdrag {i}.", TestPeople.Forbundschef, new LocalDate(year, 1, 1).PlusDays(i - 1)),
                "sco/annika-westerlund",
                ct);
            if (i <= CancelledCount)
            {
                await decision.ChangeStatusAsync(DecisionStatus.Cancelled, "Utgår", "sco/annika-westerlund", ct);
            }
        }
    }
}
