using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Changes;

/// <summary>Grain changes reach Quartz through the outbox at once: moves re-time, cancellations remove.</summary>
public sealed class ChangeProcessorTests
{
    private const string Invitation = TestItems.MeetingKey + "/invitation";
    private const string Papers = TestItems.MeetingKey + "/papers";
    private const string DayBefore = TestItems.MeetingKey + "/day-before";
    private const string MinutesApproval = TestItems.MeetingKey + "/minutes-approval";
    private static readonly ReminderItem Meeting = new(TestItems.MeetingKey, WheelItemKind.Meeting);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProcessPendingAsync_MeetingPlanned_SchedulesItsRemindersAndSettlesTheMessage()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await MeetingGrain(host).PlanAsync(TestItems.Meeting(), "wheel", Token);

        var processed = await host.Changes.ProcessPendingAsync(Token);

        Assert.Equal(1, processed);
        Assert.Equal([DayBefore, Invitation, MinutesApproval, Papers], await host.TriggerKeysAsync(Meeting));
        Assert.Empty(await host.Outbox.ReadPendingAsync(10, "meeting.changed", Token));
        Assert.Equal(0, await host.Changes.ProcessPendingAsync(Token));
    }

    [Fact]
    public async Task ProcessPendingAsync_MeetingMovedAfterInvitation_ReTimesAndSendsAnUpdateAtOnce()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var moved = await InviteAndMoveAsync(host);

        await host.Changes.ProcessPendingAsync(Token);
        await host.Firings.WaitForAsync(1);

        var update = Assert.Single(host.Firings.Firings).Occurrence;
        Assert.Equal(
            ($"{TestItems.MeetingKey}/update/seq-1", ReminderKind.InvitationUpdate, 1, Instant.FromDateTimeOffset(host.Clock.GetUtcNow())),
            (update.Key, update.Kind, moved.Sequence, update.FireAt));
        // Papers a week before, the day before, justering three days after: Friday 13, Thursday 19 and Monday 23 March.
        Assert.Equal(new DateTimeOffset(2026, 3, 13, 8, 0, 0, TimeSpan.Zero), (await host.TriggerAsync(Papers))!.StartTimeUtc);
        Assert.Equal(new DateTimeOffset(2026, 3, 19, 8, 0, 0, TimeSpan.Zero), (await host.TriggerAsync(DayBefore))!.StartTimeUtc);
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 8, 0, 0, TimeSpan.Zero), (await host.TriggerAsync(MinutesApproval))!.StartTimeUtc);
        Assert.Null(await host.TriggerAsync(Invitation));
    }

    [Fact]
    public async Task ProcessPendingAsync_MeetingCancelledAfterInvitation_RemovesItsRemindersAndSendsACancellation()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await InviteAndMoveAsync(host);
        await host.Changes.ProcessPendingAsync(Token);
        await host.Firings.WaitForAsync(1);
        var cancelled = await MeetingGrain(host).CancelAsync("Inga beslutsärenden", TestRoster.Director, Token);

        await host.Changes.ProcessPendingAsync(Token);
        await host.Firings.WaitForAsync(2);

        Assert.Equal(2, cancelled.Sequence);
        var cancellation = host.Firings.Firings[1].Occurrence;
        Assert.Equal(($"{TestItems.MeetingKey}/cancellation/seq-2", ReminderKind.Cancellation), (cancellation.Key, cancellation.Kind));
        Assert.Equal([$"{TestItems.MeetingKey}/update/seq-1", cancellation.Key], host.Handler.Keys);
        Assert.Null(await host.TriggerAsync(Papers));
        Assert.Null(await host.TriggerAsync(DayBefore));
        Assert.Null(await host.TriggerAsync(MinutesApproval));

        // Syncing again (a restart's reconciliation) does not send the cancellation twice.
        var again = await host.Synchronizer.SyncItemAsync(Meeting, cancellationToken: Token);
        Assert.Equal([cancellation.Key], again.AlreadyFired);
    }

    [Fact]
    public async Task ProcessPendingAsync_MeetingMovedBeforeInvitation_ReTimesTheInvitationWithoutAnUpdate()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var meeting = MeetingGrain(host);
        await meeting.PlanAsync(TestItems.Meeting(), "wheel", Token);
        await host.Changes.ProcessPendingAsync(Token);
        await meeting.RescheduleAsync(new LocalDateTime(2026, 3, 20, 9, 0), new LocalDateTime(2026, 3, 20, 12, 0), "Krock", TestRoster.Director, Token);

        await host.Changes.ProcessPendingAsync(Token);

        Assert.Equal([DayBefore, Invitation, MinutesApproval, Papers], await host.TriggerKeysAsync(Meeting));
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 8, 0, 0, TimeSpan.Zero), (await host.TriggerAsync(Invitation))!.StartTimeUtc);
        Assert.Empty(host.Handler.Calls);
    }

    private static IMeetingGrain MeetingGrain(SchedulingTestHost host) => host.Grains.GetGrain<IMeetingGrain>(TestItems.MeetingKey);

    /// <summary>Plans the meeting, records its kallelse (both synced), then, three days later, moves it a week on.</summary>
    private static async Task<MeetingSnapshot> InviteAndMoveAsync(SchedulingTestHost host)
    {
        var meeting = MeetingGrain(host);
        await meeting.PlanAsync(TestItems.Meeting(), "wheel", Token);
        await meeting.RecordInvitationSentAsync(TestRoster.Director, Token);
        await host.Changes.ProcessPendingAsync(Token);
        host.Clock.Advance(TimeSpan.FromDays(3));
        return await meeting.RescheduleAsync(
            new LocalDateTime(2026, 3, 20, 9, 0), new LocalDateTime(2026, 3, 20, 12, 0), "Lokalen är upptagen", TestRoster.Director, Token);
    }
}
