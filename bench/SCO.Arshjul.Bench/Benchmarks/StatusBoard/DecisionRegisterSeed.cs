using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Storage;

namespace SCO.Arshjul.Bench.Benchmarks.StatusBoard;

/// <summary>
/// Writes a decision register of <c>count</c> decisions straight into the SQLite file before the web app starts (as
/// the register grain would store it: its JSON state under <c>decision-register:{org}/decision-register</c>), since
/// recording them one by one would rewrite the whole register each time.
/// </summary>
public static class DecisionRegisterSeed
{
    private static readonly DecisionStatus[] Statuses =
        [DecisionStatus.Decided, DecisionStatus.InProgress, DecisionStatus.Executed, DecisionStatus.ReportedBack, DecisionStatus.Cancelled];

    public static async Task WriteAsync(string sqlitePath, string organisation, string responsible, int count)
    {
        var state = new DecisionRegisterState { Version = count };
        var changedAt = Instant.FromUtc(2026, 1, 1, 8, 0);
        for (var i = 0; i < count; i++)
        {
            var reference = $"SCÖ {2020 + (i % 8)}-{(i / 8) % 12 + 1}.{i}";
            var key = $"{organisation}/decision/{reference}";
            state.Decisions[key] = new DecisionSummary(
                key,
                reference,
                $"{organisation}/meeting/{2020 + (i % 8)}-03-14-styrelse",
                $"Beslut {i}: uppdrag till kansliet att utreda och återrapportera",
                responsible,
                new LocalDate(2020 + (i % 8), (i % 12) + 1, (i % 28) + 1),
                Statuses[i % Statuses.Length],
                1,
                changedAt,
                "system:bench");
        }

        var json = new GrainRuntimeOptions().JsonSerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        await using var storage = new SqliteGrainStorage(sqlitePath);
        await storage.EnsureSchemaAsync();
        await storage.WriteAsync(new GrainId("decision-register", $"{organisation}/decision-register"), JsonSerializer.Serialize(state, json), null, []);
    }
}
