using Microsoft.Extensions.Logging;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Notifications.Formats;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// What the composition records on a meeting once its notification is in the outbox (the kallelse or handlingar as
/// sent, who a kallelse went to), and the attendee lists it compares.
/// </summary>
internal static class MeetingRecords
{
    // The notification is in the outbox already and there is nothing to undo when the meeting moved on meanwhile
    // (recorded by another handler or by hand, or cancelled), or has more attendees than a list may keep (the kallelse
    // must still be recorded as sent; a later roster change then finds no list and records none either).
    private static readonly string[] Tolerated =
    [
        GovernanceErrorCodes.MeetingInvalidTransition,
        GovernanceErrorCodes.MeetingAttendeesCancelled,
        GovernanceErrorCodes.MeetingAttendeesTooMany,
    ];

    /// <summary>The people a kallelse goes to as the meeting records them: person id and required, sorted by person id.</summary>
    public static IReadOnlyList<InvitedAttendee> Invited(IEnumerable<Recipient> attendees) =>
        [.. attendees.Select(a => new InvitedAttendee(a.PersonId, a.Required)).OrderBy(a => a.PersonId, StringComparer.Ordinal)];

    /// <summary>Whether two attendee lists hold the same people with the same required flags, in any order.</summary>
    public static bool Same(IReadOnlyList<InvitedAttendee> recorded, IReadOnlyList<InvitedAttendee> current) =>
        recorded.Count == current.Count
        && recorded.OrderBy(a => a.PersonId, StringComparer.Ordinal).SequenceEqual(current.OrderBy(a => a.PersonId, StringComparer.Ordinal));

    /// <summary>A short name of an attendee set, the same for the same set in any order on every node and run.</summary>
    public static string Fingerprint(IReadOnlyList<InvitedAttendee> attendees) =>
        StableHash.Hex(
            string.Join('\n', attendees.OrderBy(a => a.PersonId, StringComparer.Ordinal).Select(a => $"{a.PersonId}:{(a.Required ? "required" : "optional")}")),
            12);

    /// <summary>Records who a kallelse or updated kallelse went to, tolerating a meeting cancelled meanwhile or too many attendees.</summary>
    public static Task RecordInvitedAsync(
        ILogger logger,
        IMeetingGrain meeting,
        string meetingKey,
        IReadOnlyList<Recipient> attendees,
        string actor,
        CancellationToken cancellationToken) =>
        RecordAsync(logger, meetingKey, "attendees", () => meeting.RecordInvitedAttendeesAsync(Invited(attendees), actor, cancellationToken));

    /// <summary>Runs <paramref name="record"/>, tolerating (and logging) a meeting that moved on meanwhile.</summary>
    public static async Task RecordAsync(ILogger logger, string meetingKey, string what, Func<Task<MeetingSnapshot>> record)
    {
        try
        {
            await record();
        }
        catch (GovernanceRuleException error) when (Tolerated.Contains(error.Code))
        {
            logger.LogInformation("Meeting {MeetingKey}: {What} not recorded ({Code}): {Reason}", meetingKey, what, error.Code, error.Message);
        }
    }
}
