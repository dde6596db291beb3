using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.Grains;

/// <summary>What the delivery channel records about a meeting: its calendar event and who the kallelse went to.</summary>
internal sealed partial class MeetingGrain
{
    /// <summary>The longest calendar event id accepted.</summary>
    private const int MaxCalendarEventIdLength = 512;

    public async Task<MeetingSnapshot> RecordCalendarEventAsync(string eventId, string actor, CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        var id = Require.Text(eventId, "Kalenderhändelsens id");
        if (id.Length > MaxCalendarEventIdLength)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.MeetingCalendarEventTooLong,
                $"Kalenderhändelsens id får vara högst {MaxCalendarEventIdLength} tecken; detta är {id.Length}.");
        }

        RequirePlanned();
        if (id == State.CalendarEventId)
        {
            return ToSnapshot();
        }

        var details = State.CalendarEventId is { } previous
            ? $"Kalenderhändelsen byttes från {previous} till {id}."
            : $"Kalenderhändelsen {id} registrerad.";
        State.CalendarEventId = id;
        await CommitAndPublishAsync(new AuditEntry(Now(), by, "meeting.calendar-event", details), cancellationToken);
        return ToSnapshot();
    }

    public async Task<MeetingSnapshot> RecordInvitedAttendeesAsync(
        IReadOnlyList<InvitedAttendee> attendees,
        string actor,
        CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        var invited = InvitedAttendeesValidator.Validate(OrganisationId, attendees);
        RequirePlanned();
        if (State.Status == MeetingStatus.Cancelled)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.MeetingAttendeesCancelled,
                "Kallade kan inte registreras för ett inställt möte.");
        }

        if (invited.SequenceEqual(State.InvitedAttendees))
        {
            return ToSnapshot();
        }

        var required = invited.Count(a => a.Required);
        State.InvitedAttendees = [.. invited];
        await CommitAndPublishAsync(new AuditEntry(
            Now(),
            by,
            "meeting.attendees",
            $"Kallade: {invited.Count} ({required} ordinarie, {invited.Count - required} ersättare)."),
            cancellationToken);
        return ToSnapshot();
    }
}
