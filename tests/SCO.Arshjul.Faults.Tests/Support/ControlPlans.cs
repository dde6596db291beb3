using System.Globalization;
using System.Text.Json;
using NodaTime;
using Npgsql;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// Internkontrollplaner to check off in the fault tests: one adopted plan per year with synthetic controls
/// <c>k001</c>, <c>k002</c> … (responsible: the two internkontrollanter and the förbundschef in turn), adopted through
/// the plan grain while seeding, read back through the API.
/// </summary>
internal static class ControlPlans
{
    /// <summary>Who may check off controls: an internkontrollant and the förbundschef of the sample organisation.</summary>
    public static readonly IReadOnlyList<string> Checkers = ["goran-vikstrom", "annika-westerlund"];

    private static readonly string[] Responsible = ["goran-vikstrom", "maria-lovgren", "annika-westerlund"];

    /// <summary>Plans and adopts the plans of <paramref name="years"/>, <paramref name="controls"/> controls each, as the board would.</summary>
    public static Task AdoptAsync(IGrainFactory grains, IEnumerable<int> years, int controls, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(years, cancellationToken, async (year, c) =>
        {
            var plan = new PlannedInternalControlPlan(
                new LocalDate(year, 2, 14),
                new LocalDate(year, 10, 17),
                [.. Enumerable.Range(1, controls).Select(i => new PlannedControl(
                    ControlId(i), "Ekonomi", $"Felprovskontroll {i} {year}", 1 + (i % 4), 1 + (i / 4 % 4), "Stickprov",
                    Responsible[i % Responsible.Length], new LocalDate(year, 5, 29)))],
                Assumed: false);
            await grains.GetGrain<IInternalControlPlanGrain>($"sco/internal-control/{year}").AdoptAsync(plan, "system:fault-test", c);
        });

    /// <summary>One check-off per control of every plan, numbered from 1, by <see cref="Checkers"/> in turn.</summary>
    public static IReadOnlyList<CheckOff> CheckOffs(IReadOnlyList<int> years, int controls) =>
        [.. years.SelectMany((year, y) => Enumerable.Range(1, controls).Select(i => CheckOff.Number((y * controls) + i, year, ControlId(i), Checkers)))];

    /// <summary>The plan of <paramref name="year"/> as the API on <paramref name="node"/> shows it; throws unless it answers 200 with a plan.</summary>
    public static async Task<PlanReading> ReadAsync(ApiCaller caller, ClusterNode node, int year, CancellationToken cancellationToken)
    {
        var answer = await caller.GetAsync(node, $"/api/v1/orgs/sco/internal-control/{year.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
        if (answer.Status != 200)
        {
            throw new InvalidOperationException($"Reading the plan {year}: {answer}");
        }

        using var document = JsonDocument.Parse(answer.Body!);
        var root = document.RootElement;
        var history = root.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        var checks = root.GetProperty("controls").EnumerateArray().ToDictionary(
            c => c.GetProperty("id").GetString()!,
            c => c.GetProperty("check") is { ValueKind: JsonValueKind.Object } check ? StoredCheck.Of(check) : null);
        return new PlanReading(year, root.GetProperty("version").GetInt32(), history.Count, history.Count(a => a == "internal-control.checked"), checks);
    }

    /// <summary>The plans of <paramref name="years"/> as their grain state rows hold them, read from the database (no node's cache in between).</summary>
    public static async Task<IReadOnlyList<PlanReading>> ReadStoredAsync(FaultCluster cluster, IReadOnlyCollection<int> years, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT payload FROM arshjul_grain_state WHERE grain_type = 'internal-control' AND grain_key = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", years.Select(y => $"sco/internal-control/{y.ToString(CultureInfo.InvariantCulture)}").ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var plans = new List<PlanReading>();
        while (await reader.ReadAsync(cancellationToken))
        {
            using var state = JsonDocument.Parse(reader.GetString(0));
            var root = state.RootElement;
            var checks = root.GetProperty("checks");
            var history = root.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
            var plan = root.GetProperty("plan");
            plans.Add(new PlanReading(
                plan.GetProperty("adoptBy").GetString() is { } adoptBy ? int.Parse(adoptBy[..4], CultureInfo.InvariantCulture) : 0,
                root.GetProperty("version").GetInt32(),
                history.Count,
                history.Count(a => a == "internal-control.checked"),
                plan.GetProperty("controls").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToDictionary(
                    id => id,
                    id => checks.TryGetProperty(id, out var check) ? StoredCheck.OfState(check) : null)));
        }

        return plans;
    }

    private static string ControlId(int i) => $"k{i:000}";
}
