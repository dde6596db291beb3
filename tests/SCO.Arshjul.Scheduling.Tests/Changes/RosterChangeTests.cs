using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Changes;
using SCO.Arshjul.Scheduling.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Scheduling.Tests.Changes;

/// <summary>A changed roster reaches meetings already invited through the outbox: their attendees are brought up to date.</summary>
public sealed class RosterChangeTests
{
    private const string NewDeputy = "erik-ersattare";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProcessPendingAsync_BoardDeputyAddedAfterKallelse_WritesOneUpdateListingTheDeputyAsOptional()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        await InviteTheBoardMeetingAsync(host);

        await ImportAsync(host, Person(NewDeputy, "Erik Ersättare", TestRoster.Board, Role.Deputy));
        await host.Changes.ProcessPendingAsync(Token);

        var update = Assert.Single(await NotificationsAsync(host, NotificationKind.InvitationUpdate));
        Assert.Matches($"^{TestItems.MeetingKey}/attendees/seq-0/v\\d+/[0-9a-f]{{12}}$", update.IdempotencyKey);
        Assert.Equal("Ändrad kallelse: Styrelsemöte fredag 13 mars 2026", update.Subject);
        Assert.Contains("Nya kallade: Erik Ersättare (ersättare)", update.Body, StringComparison.Ordinal);
        var calendar = Assert.IsType<CalendarInvite>(update.Calendar);
        Assert.Equal((CalendarMethod.Request, 0), (calendar.Method, calendar.Sequence));
        Assert.Equal([(TestRoster.Auditor, true), (NewDeputy, false)], calendar.Attendees.Select(a => (a.PersonId, a.Required)));
        Assert.Equal(calendar.Attendees, update.Recipients);
        Assert.Equal([new(NewDeputy, false), new(TestRoster.Auditor, true)], (await Meeting(host).GetAsync(Token)).InvitedAttendees);
        Assert.Equal([OutboxStatus.Delivered, OutboxStatus.Delivered], (await host.Outbox.ListAsync(ChangeKinds.Roster, null, 10, Token)).Select(m => m.Status));

        // Processing again (nothing pending) or a second pass over the same roster writes nothing more.
        await host.Changes.ProcessPendingAsync(Token);
        await host.Silo.Services.GetRequiredService<RosterChanges>().ApplyAsync("sco", Token);
        Assert.Single(await NotificationsAsync(host, NotificationKind.InvitationUpdate));
    }

    [Fact]
    public async Task ProcessPendingAsync_ChangeInAnotherBody_LeavesTheBoardMeetingAlone()
    {
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start));
        var invited = await InviteTheBoardMeetingAsync(host);

        await ImportAsync(host, Person("sam-medarbetare", "Sam Medarbetare", "kansli", Role.Staff));
        await host.Changes.ProcessPendingAsync(Token);

        Assert.Empty(await NotificationsAsync(host, NotificationKind.InvitationUpdate));
        Assert.Equal(invited.InvitedAttendees, (await Meeting(host).GetAsync(Token)).InvitedAttendees);
        // The host's import and this one.
        Assert.Equal([OutboxStatus.Delivered, OutboxStatus.Delivered], (await host.Outbox.ListAsync(ChangeKinds.Roster, null, 10, Token)).Select(m => m.Status));
    }

    [Fact]
    public async Task ProcessPendingAsync_RosterChangeThatCannotBeHandled_IsGivenUpAfterMaxAttempts()
    {
        var options = new SchedulingOptions { Provider = SchedulingProvider.Memory, MaxChangeAttempts = 1 };
        await using var host = await SchedulingTestHost.StartAsync(new ManualTimeProvider(SchedulingTestHost.Start), options);
        await host.Scheduler.Shutdown(cancellationToken: Token);

        await ImportAsync(host, Person(NewDeputy, "Erik Ersättare", TestRoster.Board, Role.Deputy));
        var processed = await host.Changes.ProcessPendingAsync(Token);

        Assert.Equal(0, processed);
        var failed = Assert.Single(await host.Outbox.ListAsync(ChangeKinds.Roster, OutboxStatus.Failed, 10, Token));
        Assert.Equal(("sco/roster", 1), (failed.Source.Key, failed.Attempts));
        Assert.Empty(await host.Outbox.ReadPendingAsync(10, ChangeKinds.Roster, Token));
    }

    private static IMeetingGrain Meeting(SchedulingTestHost host) => host.Grains.GetGrain<IMeetingGrain>(TestItems.MeetingKey);

    /// <summary>Generates the 2026 wheel, then sends the board meeting's kallelse through the real handler (both synced).</summary>
    private static async Task<MeetingSnapshot> InviteTheBoardMeetingAsync(SchedulingTestHost host)
    {
        await host.Grains.GetGrain<IAnnualWheelGrain>("sco/wheel/2026").GenerateAsync(TestItems.Plan(), "wheel", Token);
        await host.Changes.ProcessPendingAsync(Token);
        var now = Instant.FromDateTimeOffset(host.Clock.GetUtcNow());
        var kallelse = new ReminderOccurrence($"{TestItems.MeetingKey}/invitation", "sco", TestItems.MeetingKey, WheelItemKind.Meeting, null, ReminderKind.Invitation, null, now);
        var handler = ActivatorUtilities.CreateInstance<ReminderHandler>(host.Silo.Services);
        Assert.Equal(1, (await handler.HandleAsync(kallelse, now, Token)).Written);
        await host.Changes.ProcessPendingAsync(Token);
        var invited = await Meeting(host).GetAsync(Token);
        Assert.Equal([new(TestRoster.Auditor, true)], invited.InvitedAttendees);
        return invited;
    }

    private static Task<RosterSnapshot> ImportAsync(SchedulingTestHost host, PersonDefinition newcomer) =>
        host.Grains.GetGrain<IOrganisationRosterGrain>("sco/roster")
            .ImportAsync(TestRoster.Definition with { People = [.. TestRoster.Definition.People, newcomer] }, "test", Token);

    private static PersonDefinition Person(string id, string name, string bodyId, Role role) =>
        new(id, name, $"{id}@example.org", [new MembershipDefinition(bodyId, role)]);

    private static async Task<IReadOnlyList<Notification>> NotificationsAsync(SchedulingTestHost host, NotificationKind kind)
    {
        var rows = await host.Outbox.ListAsync(NotificationOutbox.Kind, null, 100, Token);
        return [.. rows.Select(r => NotificationJson.Deserialize(r.Payload)).Where(n => n.Kind == kind)];
    }
}
