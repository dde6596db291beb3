using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// Brings the attendees of a meeting already invited up to date with the roster: when the people the kallelse would go
/// to now (person and required) differ from those the meeting recorded, writes one updated kallelse (calendar REQUEST,
/// the meeting's current sequence, every current attendee) to the <see cref="INotificationOutbox"/> and then records
/// the new list. A meeting invited before lists were recorded gets the current list recorded without a notice (whom its
/// kallelse reached is not known). Only meetings invited and still ahead are touched.
/// </summary>
/// <remarks>
/// The update's idempotency key is <c>{meetingKey}/attendees/seq-{sequence}/v{meeting version}/{fingerprint of the sorted set}</c>:
/// handling the same change again (a crash before the record, a change processed twice) writes nothing new, and a
/// roster that changes back and forth (A → B → A → B) gets an update each time, since every recorded list raises the version.
/// </remarks>
public sealed partial class AttendeeChanges
{
    private readonly IGrainFactory _grains;
    private readonly INotificationOutbox _outbox;
    private readonly CompositionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<AttendeeChanges> _logger;
    private readonly RecipientResolver _recipients;
    private readonly MeetingNotices _notices;

    /// <summary>Creates the updater over the grains of <paramref name="grains"/>, writing to <paramref name="outbox"/>.</summary>
    public AttendeeChanges(
        IGrainFactory grains,
        INotificationOutbox outbox,
        IOptions<CompositionOptions> options,
        TimeProvider timeProvider,
        ILogger<AttendeeChanges> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _grains = grains;
        _outbox = outbox;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _recipients = new RecipientResolver(grains);
        _notices = new MeetingNotices(_recipients, new OpenDecisions(grains), _options);
    }

    /// <summary>Compares the meeting's recorded attendees with the roster and, if they differ, sends the update and records the new list.</summary>
    /// <param name="meetingKey">The meeting's grain key, <c>{org}/meeting/{id}</c>.</param>
    public async Task<AttendeeChangeOutcome> UpdateAsync(string meetingKey, CancellationToken cancellationToken = default)
    {
        var organisationId = GrainKey.OrganisationOf(meetingKey);
        var grain = _grains.GetGrain<IMeetingGrain>(meetingKey);
        var meeting = await grain.GetAsync(cancellationToken);
        var now = Instant.FromDateTimeOffset(_timeProvider.GetUtcNow());
        if (MeetingApplicability.AttendeeUpdateSkipReason(meeting, now) is { } reason)
        {
            return AttendeeChangeOutcome.Skip(reason);
        }

        var roster = await _grains.GetGrain<IOrganisationRosterGrain>($"{organisationId}/roster").GetAsync(cancellationToken);
        if (roster.Definition is not { } organisation)
        {
            return AttendeeChangeOutcome.Skip($"organisation '{organisationId}' has no roster");
        }

        var attendees = await _recipients.AttendeesAsync(organisation, meeting, cancellationToken);
        if (attendees.Count == 0)
        {
            return AttendeeChangeOutcome.Skip("no attendees in the roster");
        }

        var current = MeetingRecords.Invited(attendees);
        if (MeetingRecords.Same(meeting.InvitedAttendees, current))
        {
            return AttendeeChangeOutcome.Skip("attendees unchanged");
        }

        var written = 0;
        if (meeting.InvitedAttendees.Count > 0)
        {
            var key = $"{meeting.Key}/attendees/seq-{meeting.Sequence}/v{meeting.Version}/{MeetingRecords.Fingerprint(current)}";
            var occurrence = new ReminderOccurrence(key, organisationId, meeting.Key, WheelItemKind.Meeting, null, ReminderKind.InvitationUpdate, null, now);
            var context = new ReminderContext(occurrence, now, false, organisation, ItemLinks.For(_options.WebBaseUrl, meeting.Key));
            var changes = Changes(organisation, meeting.InvitedAttendees, attendees);
            written = await _outbox.EnqueueAsync([await _notices.AttendeesChangedAsync(context, meeting, attendees, changes, cancellationToken)], cancellationToken);
        }

        await MeetingRecords.RecordInvitedAsync(_logger, grain, meeting.Key, attendees, _options.Actor, cancellationToken);
        LogUpdated(meeting.Key, meeting.InvitedAttendees.Count, attendees.Count, written);
        return new AttendeeChangeOutcome(written, Recorded: true);
    }

    /// <summary>Who is newly called, no longer called, or called in another capacity (Swedish lines for the body).</summary>
    private static List<string> Changes(OrganisationDefinition organisation, IReadOnlyList<InvitedAttendee> recorded, IReadOnlyList<Recipient> attendees)
    {
        var before = recorded.ToDictionary(a => a.PersonId, a => a.Required, StringComparer.Ordinal);
        var now = attendees.Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);
        var added = attendees.Where(a => !before.ContainsKey(a.PersonId)).Select(a => $"{a.Name} ({a.Role})").ToList();
        var removed = recorded.Where(a => !now.Contains(a.PersonId)).Select(a => RosterPeople.NameOf(organisation, a.PersonId)).ToList();
        var changed = attendees.Where(a => before.TryGetValue(a.PersonId, out var required) && required != a.Required).Select(a => $"{a.Name} (nu {a.Role})").ToList();
        var lines = new List<string>();
        if (added.Count > 0)
        {
            lines.Add($"Nya kallade: {string.Join(", ", added)}");
        }

        if (removed.Count > 0)
        {
            lines.Add($"Inte längre kallade: {string.Join(", ", removed)}");
        }

        if (changed.Count > 0)
        {
            lines.Add($"Kallade i ny roll: {string.Join(", ", changed)}");
        }

        return lines;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Attendees of {MeetingKey} brought up to date: {Before} recorded, {After} now; {Written} updated kallelse written")]
    private partial void LogUpdated(string meetingKey, int before, int after, int written);
}
