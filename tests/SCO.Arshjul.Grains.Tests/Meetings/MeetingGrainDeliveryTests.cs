using System.Text.Json;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.Meetings;

/// <summary>What the delivery channel records on a meeting: its calendar event id and who the kallelse went to.</summary>
public sealed class MeetingGrainDeliveryTests
{
    private const string EventId = "AAMkAGI2TG93AAA=";

    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordCalendarEventAsync_PlannedMeeting_StoresIdAndEnqueuesChange()
    {
        var (silo, meeting) = await PlannedMeetingAsync();
        await using var _ = silo;

        var recorded = await meeting.RecordCalendarEventAsync(EventId, "graph", _ct);

        Assert.Equal((EventId, 2), (recorded.CalendarEventId, recorded.Version));
        var entry = recorded.History[^1];
        Assert.Equal(("graph", "meeting.calendar-event"), (entry.Actor, entry.Action));
        Assert.Contains(EventId, entry.Details, StringComparison.Ordinal);
        var message = (await _host.Storage.ReadPendingAsync(100, "meeting.changed", _ct))[^1];
        Assert.Equal($"{SamplePlans.MeetingKey}/v2", message.IdempotencyKey);
        Assert.Equal("meeting.calendar-event", JsonSerializer.Deserialize<MeetingChanged>(message.Payload, GovernanceJson.Options)!.Action);
    }

    [Fact]
    public async Task RecordCalendarEventAsync_SameIdTwice_ChangesNothing()
    {
        var (silo, meeting) = await PlannedMeetingAsync();
        await using var _ = silo;
        var first = await meeting.RecordCalendarEventAsync(EventId, "graph", _ct);
        _host.Clock.Advance(TimeSpan.FromHours(1));

        var second = await meeting.RecordCalendarEventAsync(EventId, "graph", _ct);

        Assert.Equal(GovernanceJson.Serialize(first), GovernanceJson.Serialize(second));
        Assert.Equal(2, (await _host.Storage.ReadPendingAsync(100, "meeting.changed", _ct)).Count);
    }

    [Fact]
    public async Task RecordCalendarEventAsync_OtherId_ReplacesOldAndNamesBoth()
    {
        var (silo, meeting) = await PlannedMeetingAsync();
        await using var _ = silo;
        await meeting.RecordCalendarEventAsync(EventId, "graph", _ct);

        var replaced = await meeting.RecordCalendarEventAsync("AAMkNYTT=", "graph", _ct);

        Assert.Equal(("AAMkNYTT=", 3), (replaced.CalendarEventId, replaced.Version));
        Assert.Equal($"Kalenderhändelsen byttes från {EventId} till AAMkNYTT=.", replaced.History[^1].Details);
    }

    [Fact]
    public async Task RecordCalendarEventAsync_CancelledMeeting_StillRecords()
    {
        var (silo, meeting) = await PlannedMeetingAsync();
        await using var _ = silo;
        await meeting.CancelAsync("Inga ärenden", SampleRoster.Chair, _ct);

        var recorded = await meeting.RecordCalendarEventAsync(EventId, "graph", _ct);

        Assert.Equal((MeetingStatus.Cancelled, EventId), (recorded.Status, recorded.CalendarEventId));
    }

    [Fact]
    public async Task RecordInvitedAttendeesAsync_InvitedMeeting_StoresSortedLocalIdsAndCounts()
    {
        var (silo, meeting) = await PlannedMeetingAsync();
        await using var _ = silo;
        await meeting.RecordInvitationSentAsync(SampleRoster.Director, _ct);

        var recorded = await meeting.RecordInvitedAttendeesAsync(
            [new(SampleRoster.Chair, true), new("sco/" + SampleRoster.Auditor, true), new(SampleRoster.Director, false)],
            "graph",
            _ct);

        Assert.Equal(
            [new(SampleRoster.Director, false), new(SampleRoster.Chair, true), new(SampleRoster.Auditor, true)],
            recorded.InvitedAttendees);
        Assert.Equal((3, "meeting.attendees"), (recorded.Version, recorded.History[^1].Action));
        Assert.Equal("Kallade: 3 (2 ordinarie, 1 ersättare).", recorded.History[^1].Details);
        Assert.Equal(3, (await _host.Storage.ReadPendingAsync(100, "meeting.changed", _ct)).Count);
    }

    [Fact]
    public async Task RecordInvitedAttendeesAsync_SameSetInOtherOrder_ChangesNothing()
    {
        var (silo, meeting) = await PlannedMeetingAsync();
        await using var _ = silo;
        var first = await meeting.RecordInvitedAttendeesAsync([new(SampleRoster.Chair, true), new(SampleRoster.Auditor, false)], "graph", _ct);
        _host.Clock.Advance(TimeSpan.FromHours(1));

        var second = await meeting.RecordInvitedAttendeesAsync([new("sco/" + SampleRoster.Auditor, false), new(SampleRoster.Chair, true)], "graph", _ct);

        Assert.Equal(GovernanceJson.Serialize(first), GovernanceJson.Serialize(second));
        Assert.Equal(2, second.Version);
        Assert.Equal(2, (await _host.Storage.ReadPendingAsync(100, "meeting.changed", _ct)).Count);
    }

    [Fact]
    public async Task RecordInvitedAttendeesAsync_RequiredFlagChanged_RecordsNewList()
    {
        var (silo, meeting) = await PlannedMeetingAsync();
        await using var _ = silo;
        await meeting.RecordInvitedAttendeesAsync([new(SampleRoster.Chair, true), new(SampleRoster.Auditor, false)], "graph", _ct);

        var changed = await meeting.RecordInvitedAttendeesAsync([new(SampleRoster.Chair, true), new(SampleRoster.Auditor, true)], "graph", _ct);

        Assert.Equal(3, changed.Version);
        Assert.Equal([new(SampleRoster.Chair, true), new(SampleRoster.Auditor, true)], changed.InvitedAttendees);
    }

    [Fact]
    public async Task RecordInvitedAttendeesAsync_EmptyListOnNewMeeting_ChangesNothing()
    {
        var (silo, meeting) = await PlannedMeetingAsync();
        await using var _ = silo;

        var same = await meeting.RecordInvitedAttendeesAsync([], "graph", _ct);

        Assert.Equal((1, 0), (same.Version, same.InvitedAttendees.Count));
    }

    [Fact]
    public async Task NewSilo_SameStorage_KeepsCalendarEventAndInvitedAttendees()
    {
        MeetingSnapshot before;
        await using (var first = await _host.StartWithRosterAsync())
        {
            var meeting = first.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
            await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
            await meeting.RecordCalendarEventAsync(EventId, "graph", _ct);
            before = await meeting.RecordInvitedAttendeesAsync([new(SampleRoster.Chair, true), new(SampleRoster.Auditor, false)], "graph", _ct);
        }

        await using var second = await _host.StartSiloAsync();
        var again = second.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);

        var after = await again.GetAsync(_ct);
        Assert.Equal(GovernanceJson.Serialize(before), GovernanceJson.Serialize(after));
        Assert.Equal((EventId, 2), (after.CalendarEventId, after.InvitedAttendees.Count));
        Assert.Equal(3, (await again.RecordCalendarEventAsync(EventId, "graph", _ct)).Version);
    }

    private async Task<(TestSilo Silo, IMeetingGrain Meeting)> PlannedMeetingAsync()
    {
        var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        await meeting.PlanAsync(SamplePlans.BoardMeeting(), "wheel", _ct);
        return (silo, meeting);
    }
}
