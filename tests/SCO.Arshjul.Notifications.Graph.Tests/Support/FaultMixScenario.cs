using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Graph.Tests.Support;

/// <summary>
/// The traffic of the fault-mix test, composed as the reminder scheduler would: meetings of the board, the
/// beredningsgrupp and the medlemsråd in turn, one a day from Monday 10 March 2025 (09:00–12:00), each called; then,
/// between dispatch rounds, moves (updated kallelse), cancellations, handlingar and day-before reminders. The
/// day-before reminders are due the day before each meeting, so that no two of one person's are combined.
/// </summary>
internal sealed class FaultMixScenario(GraphTestHost host, int count)
{
    private static readonly LocalDate FirstDay = new(2025, 3, 10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The meetings' grain keys, in order.</summary>
    public IReadOnlyList<string> Keys { get; } = [.. Enumerable.Range(0, count).Select(i => TestPlans.KeyOf(Plan(i)))];

    /// <summary>How many notifications the steps wrote to the outbox.</summary>
    public int Written { get; private set; }

    /// <summary>Plans every meeting and writes its kallelse.</summary>
    public async Task PlanAndInviteAsync()
    {
        for (var i = 0; i < count; i++)
        {
            await host.PlanAsync(Plan(i));
            await ComposeAsync(Keys[i], ReminderKind.Invitation);
        }
    }

    /// <summary>
    /// Moves every sixth meeting (i % 6 == 1), and every meeting whose kallelse is still waiting for a retry, to the
    /// afternoon with an updated kallelse (which may then go out before the old kallelse's retry); handlingar for the
    /// even ones.
    /// </summary>
    public async Task MoveAndSendPapersAsync()
    {
        var waiting = (await host.RowsAsync(Runtime.OutboxStatus.Pending)).Select(r => r.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
        foreach (var i in Where(i => i % 6 == 1 || waiting.Contains($"{Keys[i]}/invitation/seq-0")))
        {
            await MoveAsync(i, new LocalTime(13, 0));
        }

        foreach (var i in Where(i => i % 2 == 0))
        {
            await ComposeAsync(Keys[i], ReminderKind.Papers);
        }
    }

    /// <summary>Moves i % 12 == 1 again, cancels i % 9 == 4, and reminds the attendees of i % 3 == 0 the day before.</summary>
    public async Task MoveCancelAndRemindAsync()
    {
        foreach (var i in Where(i => i % 12 == 1))
        {
            await MoveAsync(i, new LocalTime(14, 0));
        }

        foreach (var i in Where(i => i % 9 == 4))
        {
            var meeting = await host.Meeting(Keys[i]).CancelAsync($"Inställt i felprovet ({i})", "test", Ct);
            await ComposeAsync(Keys[i], ReminderKind.Cancellation, suffix: $"cancellation/seq-{meeting.Sequence}");
        }

        foreach (var i in Where(i => i % 3 == 0))
        {
            var dayBefore = (await host.Meeting(Keys[i]).GetAsync(Ct)).Start.Date.PlusDays(-1);
            await ComposeAsync(Keys[i], ReminderKind.DayBefore, StockholmClock.At(dayBefore.Year, dayBefore.Month, dayBefore.Day, 9));
        }
    }

    private static PlannedMeeting Plan(int i)
    {
        var (kind, body, title) = (i % 3) switch
        {
            0 => (MeetingKind.BoardMeeting, R.Board, "Styrelsemöte"),
            1 => (MeetingKind.PreparationGroupMeeting, R.PreparationGroup, "Beredningsgruppen"),
            _ => (MeetingKind.MembersCouncil, R.MembersCouncil, "Medlemsrådet"),
        };
        var day = FirstDay.PlusDays(i);
        return new PlannedMeeting(
            $"{day:yyyy-MM-dd}-felprov-{i:00}", "test", kind, [body], $"{title} {i + 1}", day.At(new LocalTime(9, 0)), day.At(new LocalTime(12, 0)),
            "Kansliet, Linköping", ["Mötets öppnande", "Beslut och processer"], Assumed: false);
    }

    private IEnumerable<int> Where(Func<int, bool> which) => Enumerable.Range(0, count).Where(which);

    private async Task MoveAsync(int i, LocalTime start)
    {
        var day = (await host.Meeting(Keys[i]).GetAsync(Ct)).Start.Date;
        var meeting = await host.Meeting(Keys[i]).RescheduleAsync(day.At(start), day.At(start.PlusHours(3)), "Ny tid i felprovet", "test", Ct);
        await ComposeAsync(Keys[i], ReminderKind.InvitationUpdate, suffix: $"update/seq-{meeting.Sequence}");
    }

    private async Task ComposeAsync(string key, ReminderKind kind, Instant? dueAt = null, string? suffix = null)
    {
        var now = Instant.FromDateTimeOffset(host.Clock.GetUtcNow());
        var outcome = await host.Silo.Services.GetRequiredService<IReminderHandler>()
            .HandleAsync(Occurrences.Meeting(key, kind, dueAt ?? now, suffix), now, Ct);
        Assert.True(outcome.Written > 0, $"{key} {kind} wrote nothing: {outcome.SkippedBecause}");
        Written += outcome.Written;
    }
}
