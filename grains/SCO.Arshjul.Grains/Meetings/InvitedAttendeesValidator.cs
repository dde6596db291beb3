using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.Grains;

/// <summary>The rules a recorded list of invited attendees must keep.</summary>
internal static class InvitedAttendeesValidator
{
    /// <summary>The most attendees one kallelse may be recorded for.</summary>
    public const int MaxCount = 500;

    /// <summary>
    /// Rejects a missing list, more than <see cref="MaxCount"/> attendees, a blank, foreign or repeated person id;
    /// returns the attendees with local person ids, sorted by person id (ordinal).
    /// </summary>
    public static IReadOnlyList<InvitedAttendee> Validate(string organisationId, IReadOnlyList<InvitedAttendee>? attendees)
    {
        var given = Require.Present(attendees, "Listan över kallade");
        if (given.Count > MaxCount)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.MeetingAttendeesTooMany,
                $"Högst {MaxCount} kallade kan registreras för ett möte; listan har {given.Count}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var local = new List<InvitedAttendee>(given.Count);
        foreach (var attendee in given)
        {
            var id = OrganisationScope.LocalPersonId(organisationId, Require.Present(attendee, "Kallad person").PersonId);
            if (!seen.Add(id))
            {
                throw new GovernanceRuleException(
                    GovernanceErrorCodes.MeetingAttendeesDuplicate,
                    $"'{id}' står mer än en gång bland de kallade.");
            }

            local.Add(attendee with { PersonId = id });
        }

        return [.. local.OrderBy(a => a.PersonId, StringComparer.Ordinal)];
    }
}
