using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Meetings;

/// <summary>
/// One meeting (styrelsemöte, beredningsgrupp, medlemsråd …) and its lifecycle, see <see cref="MeetingStatus"/>.
/// Key: <c>{org}/meeting/{id}</c>, e.g. <c>sco/meeting/2025-03-14-styrelse</c>. Calls the roster grain and, after
/// every write, upserts its <see cref="MeetingSummary"/> into the organisation's <see cref="IMeetingRegisterGrain"/>
/// (planning the same plan again upserts it too, so a regenerated wheel repairs a line whose upsert failed).
/// Every change is recorded in the history and enqueues an outbox message <c>meeting.changed</c>
/// (idempotency key <c>{key}/v{version}</c>, payload <see cref="MeetingChanged"/>) in the same write.
/// </summary>
/// <remarks>
/// Times are local to Europe/Stockholm. A local time that does not exist (the spring DST gap) is rejected; an
/// ambiguous one (the autumn overlap) means its earlier occurrence (summer time).
/// Every command throws <see cref="Common.GovernanceRuleException"/> when it breaks a rule, and then changes nothing.
/// </remarks>
public interface IMeetingGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the meeting from <paramref name="plan"/>, or updates it while it is still only planned. The plan's id
    /// must be the key's item, its bodies must exist in the roster and its end must be after its start. The same plan
    /// again changes nothing, in any status; a different plan once the invitation is sent is rejected.
    /// </summary>
    [ReRunOnConflict]
    Task<MeetingSnapshot> PlanAsync(PlannedMeeting plan, string actor, CancellationToken cancellationToken = default);

    /// <summary>Records that the kallelse was sent (from planned or rescheduled).</summary>
    [ReRunOnConflict]
    Task<MeetingSnapshot> RecordInvitationSentAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>Records that the handlingar were sent (after the kallelse).</summary>
    [ReRunOnConflict]
    Task<MeetingSnapshot> RecordPapersSentAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>Marks the meeting held: only after the kallelse, and not before the meeting's start by the clock.</summary>
    [ReRunOnConflict]
    Task<MeetingSnapshot> MarkHeldAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>Records that the minutes were approved (justerade): only for a held meeting.</summary>
    [ReRunOnConflict]
    Task<MeetingSnapshot> ApproveMinutesAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the meeting to new local times; raises <see cref="MeetingSnapshot.Sequence"/> and sets the status to
    /// rescheduled until a new kallelse is sent. Not allowed once the meeting is held or cancelled.
    /// </summary>
    Task<MeetingSnapshot> RescheduleAsync(
        LocalDateTime start,
        LocalDateTime end,
        string reason,
        string actor,
        CancellationToken cancellationToken = default);

    /// <summary>Cancels the meeting (not once held); raises <see cref="MeetingSnapshot.Sequence"/>.</summary>
    Task<MeetingSnapshot> CancelAsync(string reason, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the id of the meeting's event in the organiser mailbox's calendar (Microsoft Graph); called by the
    /// delivery channel after it created the event. Any status but <see cref="MeetingStatus.NotPlanned"/>; the id must not
    /// be blank and at most 512 characters. The same id again changes nothing; another id replaces the old one.
    /// </summary>
    [ReRunOnConflict]
    Task<MeetingSnapshot> RecordCalendarEventAsync(string eventId, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records who the last kallelse or updated kallelse went to, so that a later roster change can be compared with
    /// it. Not before the meeting is planned, nor once it is cancelled. At most 500 people, none blank or twice; the
    /// same set again (in any order) changes nothing. Stored sorted by person id, qualified ids made local.
    /// </summary>
    [ReRunOnConflict]
    Task<MeetingSnapshot> RecordInvitedAttendeesAsync(
        IReadOnlyList<InvitedAttendee> attendees,
        string actor,
        CancellationToken cancellationToken = default);

    /// <summary>The meeting as it stands, with its history; status <see cref="MeetingStatus.NotPlanned"/> if never planned.</summary>
    Task<MeetingSnapshot> GetAsync(CancellationToken cancellationToken = default);
}
