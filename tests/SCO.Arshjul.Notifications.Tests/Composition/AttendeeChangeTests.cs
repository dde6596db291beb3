using NodaTime;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary>A changed roster after the kallelse: one updated kallelse to the new list of kallade, then the list recorded.</summary>
public sealed class AttendeeChangeTests
{
    private const string Newcomer = "nils-ny";

    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    /// <summary>
    /// Lars leaves the board (staying in the medlemsråd), Erik goes from ersättare to ledamot, Nils joins as ersättare.
    /// </summary>
    private static OrganisationDefinition ChangedBoard { get; } = R.Definition with
    {
        People =
        [
            .. R.Definition.People.Select(p => p.Id switch
            {
                R.BoardMember => p with { Memberships = [new(R.MembersCouncil, Role.Member)] },
                R.BoardDeputy => p with { Memberships = [new(R.Board, Role.Member)] },
                _ => p,
            }),
            new PersonDefinition(Newcomer, "Nils Ny", R.Email(Newcomer), [new(R.Board, Role.Deputy)]),
        ],
    };

    [Fact]
    public async Task UpdateAsync_AttendeesChanged_WritesOneUpdateToTheNewListAndRecordsIt()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await InvitedBoardMeetingAsync(host);
        await host.ImportAsync(ChangedBoard);

        var outcome = await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct);

        Assert.Equal(new AttendeeChangeOutcome(1, Recorded: true), outcome);
        Assert.Equal(2, host.Outbox.Written.Count);
        var update = host.Outbox.Written[^1];
        Assert.Matches($"^{TestPlans.BoardMeetingKey}/attendees/seq-0/v\\d+/[0-9a-f]{{12}}$", update.IdempotencyKey);
        Assert.Equal((NotificationKind.InvitationUpdate, false, false), (update.Kind, update.Combinable, update.Late));
        Assert.Equal("Ändrad kallelse: Styrelsemöte fredag 14 mars 2025", update.Subject);
        var calendar = Assert.IsType<CalendarInvite>(update.Calendar);
        Assert.Equal(($"{TestPlans.BoardMeetingKey}@arshjul", 0, CalendarMethod.Request), (calendar.Uid, calendar.Sequence, calendar.Method));
        Assert.Equal(new LocalDateTime(2025, 3, 14, 9, 0), calendar.Start);
        IReadOnlyList<InvitedAttendee> expected =
            [new(R.DeputyAndPreparer, false), new(R.BoardDeputy, true), new(R.Chair, true), new(R.Auditor, true), new(Newcomer, false), new(R.ViceChair, true)];
        Assert.Equal(expected, calendar.Attendees.Select(a => new InvitedAttendee(a.PersonId, a.Required)).OrderBy(a => a.PersonId, StringComparer.Ordinal));
        Assert.Equal(calendar.Attendees, update.Recipients);
        Assert.Equal(expected, (await meeting.GetAsync(Ct)).InvitedAttendees);
    }

    [Fact]
    public async Task UpdateAsync_RosterChangingBackAndForth_GetsAnUpdateEachTime()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await InvitedBoardMeetingAsync(host);

        foreach (var roster in new[] { ChangedBoard, R.Definition, ChangedBoard })
        {
            await host.ImportAsync(roster);
            Assert.Equal(1, (await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct)).Written);
        }

        var updates = host.Outbox.Written.Skip(1).Select(n => n.IdempotencyKey).ToList();
        Assert.Equal(3, updates.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task UpdateAsync_AttendeesChanged_BodySaysWhoChangedAndKeepsTheKallelse()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await InvitedBoardMeetingAsync(host);
        await host.ImportAsync(ChangedBoard);

        await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct);

        var body = host.Outbox.Written[^1].Body;
        Assert.StartsWith("Listan över kallade till Styrelsemöte har ändrats. Den här kallelsen ersätter den tidigare.\n\n", body, StringComparison.Ordinal);
        Assert.Contains("Nya kallade: Nils Ny (ersättare)\nInte längre kallade: Lars Ledamot\nKallade i ny roll: Erik Ersättare (nu ledamot)", body, StringComparison.Ordinal);
        Assert.Contains("Tid: fredag 14 mars 2025 kl. 09.00–12.00", body, StringComparison.Ordinal);
        Assert.Contains("Dagordning:\n1. Mötets öppnande", body, StringComparison.Ordinal);
        Assert.Contains("Styrelsens beslut och processer", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_NoChangeForTheMeeting_WritesAndRecordsNothing()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await InvitedBoardMeetingAsync(host);
        var before = await meeting.GetAsync(Ct);
        await host.ImportAsync(R.Definition with { People = [.. R.Definition.People, new PersonDefinition(Newcomer, "Nils Ny", R.Email(Newcomer), [new(R.MembersCouncil, Role.Deputy)])] });

        var outcome = await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct);

        Assert.Equal(AttendeeChangeOutcome.Skip("attendees unchanged"), outcome);
        Assert.Single(host.Outbox.Written);
        Assert.Equal(before.Version, (await meeting.GetAsync(Ct)).Version);
    }

    [Fact]
    public async Task UpdateAsync_SameChangeTwice_WritesOneUpdate()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await InvitedBoardMeetingAsync(host);
        await host.ImportAsync(ChangedBoard);
        await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct);

        var second = await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct);

        Assert.Equal(AttendeeChangeOutcome.Skip("attendees unchanged"), second);
        Assert.Single(host.Outbox.Written, n => n.Kind == NotificationKind.InvitationUpdate);
    }

    [Fact]
    public async Task UpdateAsync_CrashAfterOutboxWrite_RerunWritesNothingAndRecordsTheList()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await InvitedBoardMeetingAsync(host);
        await host.ImportAsync(ChangedBoard);
        host.Outbox.AfterNextWrite = () => throw new InvalidOperationException("crash");
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct));
        Assert.Contains(new InvitedAttendee(R.BoardMember, true), (await meeting.GetAsync(Ct)).InvitedAttendees);

        var rerun = await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct);

        Assert.Equal(new AttendeeChangeOutcome(0, Recorded: true), rerun);
        Assert.Single(host.Outbox.Written, n => n.Kind == NotificationKind.InvitationUpdate);
        Assert.DoesNotContain((await meeting.GetAsync(Ct)).InvitedAttendees, a => a.PersonId == R.BoardMember);
    }

    [Fact]
    public async Task UpdateAsync_InvitedBeforeListsWereRecorded_RecordsTheListWithoutNotice()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await meeting.RecordInvitationSentAsync(R.Director, Ct);

        var outcome = await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct);

        Assert.Equal(new AttendeeChangeOutcome(0, Recorded: true), outcome);
        Assert.Empty(host.Outbox.Written);
        Assert.Equal(6, (await meeting.GetAsync(Ct)).InvitedAttendees.Count);
    }

    [Theory]
    [InlineData("cancelled", "meeting cancelled")]
    [InlineData("started", "meeting already started")]
    [InlineData("held", "meeting already held")]
    public async Task UpdateAsync_CancelledOrPastMeeting_IsLeftAlone(string what, string reason)
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await InvitedBoardMeetingAsync(host);
        switch (what)
        {
            case "cancelled":
                await meeting.CancelAsync("För få ärenden", R.Director, Ct);
                break;
            case "started":
                host.SetLocal(2025, 3, 14, 9, 0);
                break;
            default:
                host.SetLocal(2025, 3, 14, 12, 0);
                await meeting.MarkHeldAsync(R.Director, Ct);
                break;
        }

        var before = await meeting.GetAsync(Ct);
        await host.ImportAsync(ChangedBoard);

        var outcome = await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct);

        Assert.Equal(AttendeeChangeOutcome.Skip(reason), outcome);
        Assert.Single(host.Outbox.Written);
        Assert.Equal(before.InvitedAttendees, (await meeting.GetAsync(Ct)).InvitedAttendees);
    }

    [Fact]
    public async Task UpdateAsync_NotInvitedYet_IsLeftAlone()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await host.ImportAsync(ChangedBoard);

        var outcome = await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct);

        Assert.StartsWith("no invitation sent yet", outcome.SkippedBecause, StringComparison.Ordinal);
        Assert.Empty(host.Outbox.Written);
        Assert.Empty((await meeting.GetAsync(Ct)).InvitedAttendees);
    }

    [Fact]
    public async Task InvitationUpdate_AfterMoveAndRosterChange_RecordsTheListItWentTo()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var meeting = await InvitedBoardMeetingAsync(host);
        await meeting.RescheduleAsync(new LocalDateTime(2025, 3, 21, 9, 0), new LocalDateTime(2025, 3, 21, 12, 0), "Flyttat", R.Director, Ct);
        await host.ImportAsync(ChangedBoard);

        await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.InvitationUpdate, StockholmClock.At(2025, 3, 3, 10), "update/seq-1"));

        var update = host.Outbox.Written[^1];
        Assert.Equal(MeetingRecords.Invited(update.Recipients), (await meeting.GetAsync(Ct)).InvitedAttendees);
        Assert.Contains(new InvitedAttendee(Newcomer, false), (await meeting.GetAsync(Ct)).InvitedAttendees);
        Assert.Equal(AttendeeChangeOutcome.Skip("attendees unchanged"), await host.Attendees.UpdateAsync(TestPlans.BoardMeetingKey, Ct));
    }

    private static async Task<IMeetingGrain> InvitedBoardMeetingAsync(CompositionTestHost host)
    {
        var meeting = await host.PlanAsync(TestPlans.BoardMeeting());
        await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Invitation, StockholmClock.At(2025, 2, 28, 9)));
        return meeting;
    }
}
