using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="MeetingGrain"/>.</summary>
public sealed class MeetingState : GovernanceState
{
    /// <summary>The plan last applied (kept as given, to recognise the same plan again).</summary>
    public PlannedMeeting? Plan { get; set; }

    public MeetingStatus Status { get; set; }

    /// <summary>The current local start: the plan's, or the last reschedule's.</summary>
    public LocalDateTime Start { get; set; }

    /// <summary>The current local end.</summary>
    public LocalDateTime End { get; set; }

    public Instant StartsAt { get; set; }

    public Instant EndsAt { get; set; }

    /// <summary>iCalendar SEQUENCE: raised by every reschedule and by a cancellation.</summary>
    public int Sequence { get; set; }

    public Instant? InvitationSentAt { get; set; }

    public Instant? PapersSentAt { get; set; }

    public Instant? HeldAt { get; set; }

    public Instant? MinutesApprovedAt { get; set; }

    public Instant? CancelledAt { get; set; }

    public string? CancellationReason { get; set; }

    /// <summary>The id of the meeting's event in the organiser mailbox's calendar (Microsoft Graph), once recorded.</summary>
    public string? CalendarEventId { get; set; }

    /// <summary>Who the last kallelse or updated kallelse went to, sorted by person id.</summary>
    public List<InvitedAttendee> InvitedAttendees { get; set; } = [];
}
