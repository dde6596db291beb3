using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.Meetings;

/// <summary>A rejected calendar event or attendee list names its rule and leaves the meeting exactly as it was.</summary>
public sealed class MeetingGrainDeliveryRejectionTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordCalendarEventAndAttendees_NotPlanned_ThrowAndKeepState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.MeetingNotPlanned, () => meeting.GetAsync(_ct), () => meeting.RecordCalendarEventAsync("AAMk=", "graph", _ct));
        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.MeetingNotPlanned,
            () => meeting.GetAsync(_ct),
            () => meeting.RecordInvitedAttendeesAsync([new(SampleRoster.Chair, true)], "graph", _ct));
        var after = await meeting.GetAsync(_ct);
        Assert.Equal((0, null, 0), (after.Version, after.CalendarEventId, after.InvitedAttendees.Count));
        Assert.Empty(await _host.Storage.ReadPendingAsync(10, "meeting.changed", _ct));
    }

    [Theory]
    [InlineData(GovernanceErrorCodes.Required, " ", "graph")]
    [InlineData(GovernanceErrorCodes.Required, "AAMk=", " ")]
    [InlineData(GovernanceErrorCodes.MeetingCalendarEventTooLong, "513", "graph")]
    public async Task RecordCalendarEventAsync_InvalidIdOrActor_ThrowsAndKeepsState(string code, string eventId, string actor)
    {
        var (silo, meeting) = await RecordedMeetingAsync();
        await using var _ = silo;
        var id = eventId == "513" ? new string('A', 513) : eventId;

        await Expect.RejectedAndUnchangedAsync(code, () => meeting.GetAsync(_ct), () => meeting.RecordCalendarEventAsync(id, actor, _ct));
        Assert.Equal(3, (await meeting.GetAsync(_ct)).Version);
    }

    [Fact]
    public async Task RecordCalendarEventAsync_IdOfExactlyMaxLength_IsAccepted()
    {
        var (silo, meeting) = await RecordedMeetingAsync();
        await using var _ = silo;
        var id = new string('A', 512);

        Assert.Equal(id, (await meeting.RecordCalendarEventAsync(id, "graph", _ct)).CalendarEventId);
    }

    [Fact]
    public async Task RecordInvitedAttendeesAsync_CancelledMeeting_ThrowsAndKeepsState()
    {
        var (silo, meeting) = await RecordedMeetingAsync();
        await using var _ = silo;
        await meeting.CancelAsync("Inga ärenden", SampleRoster.Chair, _ct);

        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.MeetingAttendeesCancelled,
            () => meeting.GetAsync(_ct),
            () => meeting.RecordInvitedAttendeesAsync([new(SampleRoster.Chair, true)], "graph", _ct));
    }

    public static TheoryData<string, InvitedAttendee[]?> InvalidAttendees() => new()
    {
        { GovernanceErrorCodes.Required, null },
        { GovernanceErrorCodes.Required, [new(SampleRoster.Chair, true), new(" ", false)] },
        { GovernanceErrorCodes.Required, [new(null!, true)] },
        { GovernanceErrorCodes.Required, [null!] },
        { GovernanceErrorCodes.MeetingAttendeesDuplicate, [new(SampleRoster.Chair, true), new(SampleRoster.Chair, false)] },
        { GovernanceErrorCodes.MeetingAttendeesDuplicate, [new(SampleRoster.Chair, true), new("sco/" + SampleRoster.Chair, true)] },
        { GovernanceErrorCodes.OrganisationMismatch, [new("annat/" + SampleRoster.Chair, true)] },
        { GovernanceErrorCodes.MeetingAttendeesTooMany, [.. Enumerable.Range(0, 501).Select(i => new InvitedAttendee($"person-{i}", true))] },
    };

    [Theory]
    [MemberData(nameof(InvalidAttendees))]
    public async Task RecordInvitedAttendeesAsync_InvalidList_ThrowsAndKeepsState(string code, InvitedAttendee[]? attendees)
    {
        var (silo, meeting) = await RecordedMeetingAsync();
        await using var _ = silo;

        await Expect.RejectedAndUnchangedAsync(code, () => meeting.GetAsync(_ct), () => meeting.RecordInvitedAttendeesAsync(attendees!, "graph", _ct));
        Assert.Equal(3, (await meeting.GetAsync(_ct)).Version);
        Assert.Equal(3, (await _host.Storage.ReadPendingAsync(100, "meeting.changed", _ct)).Count);
    }

    [Fact]
    public async Task RecordInvitedAttendeesAsync_ExactlyMaxCount_IsAccepted()
    {
        var (silo, meeting) = await RecordedMeetingAsync();
        await using var _ = silo;

        var recorded = await meeting.RecordInvitedAttendeesAsync([.. Enumerable.Range(0, 500).Select(i => new InvitedAttendee($"person-{i:D3}", i % 2 == 0))], "graph", _ct);

        Assert.Equal((500, "person-000", "person-499"), (recorded.InvitedAttendees.Count, recorded.InvitedAttendees[0].PersonId, recorded.InvitedAttendees[^1].PersonId));
    }

    /// <summary>A planned meeting (v1) with a calendar event (v2) and one recorded attendee (v3).</summary>
    private async Task<(TestSilo Silo, IMeetingGrain Meeting)> RecordedMeetingAsync()
    {
        var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        await meeting.RecordCalendarEventAsync("AAMk=", "graph", _ct);
        await meeting.RecordInvitedAttendeesAsync([new(SampleRoster.Chair, true)], "graph", _ct);
        return (silo, meeting);
    }
}
