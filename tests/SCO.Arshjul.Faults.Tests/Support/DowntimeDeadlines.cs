using System.Globalization;
using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// Items whose reminders fall due while a silo is down from Tuesday 24 November 2026 08:55 to Wednesday 25 November
/// 09:10 (Stockholm): both 09:00 firings of <c>config/reminders.yaml</c> in that window, of every kind of reminder —
/// decisions due on either day, 3 or 14 days later, or overdue for a week (the weekly slot); SAM tasks and report
/// deadlines on the day and days before; an internal-control plan's adoption and controls. Two decision patterns are
/// controls whose reminders are not in the window (next due after the restart; due the day before it opened), and
/// must not fire. Each item has one missed reminder, to its recipients by the composition rules.
/// </summary>
internal static class DowntimeDeadlines
{
    public const string Director = "annika-westerlund";
    public const string Chair = "ingrid-malmsten";
    public static readonly LocalDate Tuesday = new(2026, 11, 24);
    private static readonly string[] Responsible = ["petra-sjodin", "goran-vikstrom", "maria-lovgren", "sofia-nyqvist", Director];

    // Decision due dates (days after Tuesday) and the reminder each must give: on the day, 3 or 14 days before, the
    // weekly overdue slot, or none (due Thursday: after the restart; due Monday: before the window).
    private static readonly (int DueIn, string? Missed)[] DecisionPatterns =
    [
        (0, "due-0d"), (1, "due-0d"), (3, "due-3d"), (4, "due-3d"), (14, "due-14d"), (15, "due-14d"),
        (-7, "overdue/2026-11-24"), (-6, "overdue/2026-11-25"), (2, null), (-1, null),
    ];

    /// <summary>The grain prefix every item's key starts with after the organisation, for queries.</summary>
    public static readonly string[] KeyPrefixes = ["sco/decision/DRIFT ", "sco/sam-task/drift-", "sco/deadline/drift-", "sco/internal-control/2027"];

    /// <summary>Every item, <paramref name="copies"/> of each decision pattern.</summary>
    public static IReadOnlyList<DowntimeItem> All(int copies)
    {
        var items = new List<DowntimeItem>();
        for (var i = 0; i < DecisionPatterns.Length * copies; i++)
        {
            var (dueIn, missed) = DecisionPatterns[i % DecisionPatterns.Length];
            var responsible = Responsible[i % Responsible.Length];
            var (reference, title) = (string.Create(CultureInfo.InvariantCulture, $"DRIFT {i:000}"), string.Create(CultureInfo.InvariantCulture, $"Driftstopp {i:000}"));
            items.Add(new DowntimeItem(
                $"sco/decision/{reference}", title, Tuesday.PlusDays(dueIn), responsible, missed, [responsible, Director],
                (grains, ct) => grains.GetGrain<IDecisionGrain>($"sco/decision/{reference}").RecordAsync(
                    new RecordDecision(reference, "sco/meeting/2026-11-27-styrelse", title, "Beslut i driftstoppsprovet.", responsible, Tuesday.PlusDays(dueIn)),
                    "system:fault-test",
                    ct),
                // Overdue in the window: made on its due date after that day's reminder, so not born overdue.
                dueIn < -1 ? Tuesday.PlusDays(dueIn).At(new LocalTime(10, 0)) : null));
        }

        items.AddRange(Checklist("sam-task", 7, "due-7d"));
        items.AddRange(Checklist("sam-task", 1, "due-0d"));
        items.AddRange(Checklist("deadline", 1, "due-0d"));
        items.AddRange(Checklist("deadline", 3, "due-3d"));
        items.AddRange(InternalControl());
        return items;
    }

    private static IEnumerable<DowntimeItem> Checklist(string kind, int dueIn, string missed) => Enumerable.Range(0, 3).Select(copy =>
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"drift-{dueIn:00}-{copy}");
        var (title, due, responsible) = ($"Driftstopp {(kind == "deadline" ? "rapport" : "SAM")} {dueIn:00}-{copy}", Tuesday.PlusDays(dueIn), Responsible[copy]);
        return new DowntimeItem($"sco/{kind}/{id}", title, due, responsible, missed, [responsible], (grains, ct) => kind == "deadline"
            ? grains.GetGrain<IDeadlineGrain>($"sco/deadline/{id}").PlanAsync(new PlannedDeadline(id, "driftstopp", DeadlineCategory.Other, title, due, responsible, "styrelse", false), "system:fault-test", ct)
            : grains.GetGrain<IWorkEnvironmentTaskGrain>($"sco/sam-task/{id}").PlanAsync(new PlannedWorkEnvironmentTask(id, "driftstopp", title, due, responsible, false), "system:fault-test", ct));
    });

    // A plan of its own, under a year no wheel generates (the node's wheel is 2026's), so that the wheel leaves it be.
    private static IEnumerable<DowntimeItem> InternalControl()
    {
        const string key = "sco/internal-control/2027";
        var plan = new PlannedInternalControlPlan(
            Tuesday.PlusDays(1),
            new LocalDate(2027, 10, 8),
            [
                new PlannedControl("drift-kassa", "Ekonomi", "Driftstopp kassakontroll", 2, 3, "Stickprov", "maria-lovgren", Tuesday),
                new PlannedControl("drift-arkiv", "Administration", "Driftstopp arkivkontroll", 2, 2, "Genomgång", "goran-vikstrom", Tuesday.PlusDays(14)),
            ],
            Assumed: false);
        Func<IGrainFactory, CancellationToken, Task> seed = (grains, ct) => grains.GetGrain<IInternalControlPlanGrain>(key).PlanAsync(plan, "system:fault-test", ct);
        yield return new DowntimeItem($"{key}/adoption", "Internkontrollplan 2027", plan.AdoptBy, Chair, "due-0d", [Chair, Director], seed);
        yield return new DowntimeItem($"{key}/drift-kassa", "Driftstopp kassakontroll", Tuesday, "maria-lovgren", "due-0d", ["maria-lovgren"], (_, _) => Task.CompletedTask);
        yield return new DowntimeItem($"{key}/drift-arkiv", "Driftstopp arkivkontroll", Tuesday.PlusDays(14), "goran-vikstrom", "due-14d", ["goran-vikstrom"], (_, _) => Task.CompletedTask);
    }
}
