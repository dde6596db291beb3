using NodaTime;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary>The kallelse: one notification with a calendar part, recorded on the meeting after it is written.</summary>
public sealed class InvitationTests
{
    private static readonly Instant FireAt = StockholmClock.At(2025, 2, 28, 9);

    private static ReminderOccurrence Invitation => Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Invitation, FireAt);

    [Fact]
    public async Task HandleAsync_BoardInvitation_WritesOneCalendarRequestToAllAttendees()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAsync(TestPlans.BoardMeeting());

        var outcome = await host.HandleAsync(Invitation);

        Assert.Equal(new ReminderOutcome(1), outcome);
        var invitation = Assert.Single(host.Outbox.Written);
        Assert.Equal($"{TestPlans.BoardMeetingKey}/invitation/seq-0", invitation.IdempotencyKey);
        Assert.Equal((NotificationKind.Invitation, false, false), (invitation.Kind, invitation.Combinable, invitation.Late));
        Assert.Equal((R.Org, TestPlans.BoardMeetingKey, "Styrelsemöte", FireAt), (invitation.OrganisationId, invitation.ItemKey, invitation.ItemTitle, invitation.DueAt));
        Assert.Equal("Kallelse: Styrelsemöte fredag 14 mars 2025", invitation.Subject);
        var calendar = Assert.IsType<CalendarInvite>(invitation.Calendar);
        Assert.Equal(($"{TestPlans.BoardMeetingKey}@arshjul", 0, CalendarMethod.Request), (calendar.Uid, calendar.Sequence, calendar.Method));
        Assert.Equal((new LocalDateTime(2025, 3, 14, 9, 0), new LocalDateTime(2025, 3, 14, 12, 0)), (calendar.Start, calendar.End));
        Assert.Equal(("Styrelsemöte", "Kansliet, Linköping"), (calendar.Summary, calendar.Location));
        Assert.Equal((R.OrgName, "kansli@example.org"), (calendar.Organizer.Name, calendar.Organizer.Email));
        Assert.Equal(invitation.Recipients, calendar.Attendees);
        Assert.Equal(6, calendar.Attendees.Count);
        Assert.Equal(new[] { R.BoardDeputy, R.DeputyAndPreparer }.Order(), calendar.Attendees.Where(a => !a.Required).Select(a => a.PersonId).Order());
    }

    [Fact]
    public async Task HandleAsync_BoardInvitation_BodyHasTimePlaceAndAgenda()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAsync(TestPlans.BoardMeeting());

        await host.HandleAsync(Invitation);

        var body = Assert.Single(host.Outbox.Written).Body;
        Assert.Contains("Tid: fredag 14 mars 2025 kl. 09.00–12.00", body, StringComparison.Ordinal);
        Assert.Contains("Plats: Kansliet, Linköping", body, StringComparison.Ordinal);
        Assert.Contains("Kallade: Styrelsen", body, StringComparison.Ordinal);
        Assert.Contains("Dagordning:\n1. Mötets öppnande\n2. Ekonomisk rapport\n3. Beslut och processer", body, StringComparison.Ordinal);
        Assert.DoesNotContain("skickas sent", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ConfiguredOrganizer_IsTheCalendarOrganizer()
    {
        var options = new CompositionOptions();
        options.Organizers[R.Org] = new OrganizerMailbox { Name = "SCÖ kansli", Email = "kallelser@sco.example.org" };
        await using var host = await CompositionTestHost.StartAsync(options);
        await host.PlanAsync(TestPlans.BoardMeeting());

        await host.HandleAsync(Invitation);

        var organizer = Assert.Single(host.Outbox.Written).Calendar!.Organizer;
        Assert.Equal(("SCÖ kansli", "kallelser@sco.example.org"), (organizer.Name, organizer.Email));
    }

    [Fact]
    public async Task HandleAsync_Invitation_RecordsInvitationSentOnTheMeeting()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());

        await host.HandleAsync(Invitation);

        var snapshot = await meeting.GetAsync(TestContext.Current.CancellationToken);
        Assert.Equal(MeetingStatus.InvitationSent, snapshot.Status);
        Assert.Equal(("system:reminders", "meeting.invitation-sent"), (snapshot.History[^1].Actor, snapshot.History[^1].Action));
    }

    [Fact]
    public async Task HandleAsync_Invitation_RecordsWhoItWentTo()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());

        await host.HandleAsync(Invitation);

        var snapshot = await meeting.GetAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [new(R.DeputyAndPreparer, false), new(R.BoardDeputy, false), new(R.Chair, true), new(R.Auditor, true), new(R.BoardMember, true), new(R.ViceChair, true)],
            snapshot.InvitedAttendees);
        Assert.Contains(snapshot.History, h => (h.Actor, h.Action) == ("system:reminders", "meeting.attendees"));
    }

    [Fact]
    public async Task HandleAsync_SameOccurrenceTwice_WritesNothingTheSecondTime()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAsync(TestPlans.BoardMeeting());
        await host.HandleAsync(Invitation);

        var second = await host.HandleAsync(Invitation);

        Assert.Equal(0, second.Written);
        Assert.Equal("invitation already sent", second.SkippedBecause);
        Assert.Single(host.Outbox.Written);
    }

    [Fact]
    public async Task HandleAsync_CrashAfterOutboxWrite_RerunWritesNothingAndRecordsTheInvitation()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        host.Outbox.AfterNextWrite = () => throw new InvalidOperationException("crash");
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.HandleAsync(Invitation));
        Assert.Equal(MeetingStatus.Planned, (await meeting.GetAsync(TestContext.Current.CancellationToken)).Status);

        var rerun = await host.HandleAsync(Invitation);

        Assert.Equal(0, rerun.Written);
        Assert.Single(host.Outbox.Written);
        Assert.Equal(MeetingStatus.InvitationSent, (await meeting.GetAsync(TestContext.Current.CancellationToken)).Status);
    }

    [Fact]
    public async Task HandleAsync_InvitationRecordedByHandMeanwhile_ToleratesAlreadySent()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        host.Outbox.AfterNextWrite = () => meeting.RecordInvitationSentAsync(R.Director, TestContext.Current.CancellationToken);

        var outcome = await host.HandleAsync(Invitation);

        Assert.Equal(new ReminderOutcome(1), outcome);
        var snapshot = await meeting.GetAsync(TestContext.Current.CancellationToken);
        Assert.Equal(MeetingStatus.InvitationSent, snapshot.Status);
        Assert.Equal(R.Director, Assert.Single(snapshot.History, h => h.Action == "meeting.invitation-sent").Actor);
        Assert.Equal(6, snapshot.InvitedAttendees.Count);
    }
}
