using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Who a meeting's notifications go to, by body and role, from the roster grain.</summary>
internal sealed class RecipientResolver(IGrainFactory grains)
{
    // Order of preference when a person holds several roles in one body: the first one found names their place.
    private static readonly Role[] AttendingRoles =
        [Role.Chair, Role.ViceChair, Role.Member, Role.Director, Role.Staff, Role.Auditor, Role.InternalControlAuditor];

    private static readonly Role[] BoardSeats = [Role.Chair, Role.ViceChair, Role.Member];

    /// <summary>
    /// The attendees: every member of the invited bodies (on the board only its ledamöter), required, with ersättare
    /// optional. A lecture goes to the kansli (the organiser's side; its audience is not in the roster) and KOLL to the
    /// beredningsgrupp (the stakeholders are invited by hand). A person in two places appears once, required if either is.
    /// </summary>
    public async Task<IReadOnlyList<Recipient>> AttendeesAsync(
        OrganisationDefinition organisation,
        MeetingSnapshot meeting,
        CancellationToken cancellationToken)
    {
        var attendees = new RecipientSet();
        foreach (var body in AttendeeBodies(organisation, meeting))
        {
            foreach (var member in await MembersAsync(organisation, body, cancellationToken))
            {
                if (Attendance(body.Kind, member.Roles) is var (role, required))
                {
                    attendees.Add(new Recipient(member.PersonId, member.Name, member.Email, SwedishLabels.Of(role), required));
                }
            }
        }

        return attendees.ToList();
    }

    /// <summary>Who sees to the minutes being approved: the ordförande of each invited body, and the förbundschef.</summary>
    public async Task<IReadOnlyList<Recipient>> MinutesApproversAsync(
        OrganisationDefinition organisation,
        MeetingSnapshot meeting,
        CancellationToken cancellationToken)
    {
        var chairs = new List<Recipient>();
        foreach (var body in AttendeeBodies(organisation, meeting))
        {
            chairs.AddRange((await MembersAsync(organisation, body, cancellationToken))
                .Where(m => m.Roles.Contains(Role.Chair))
                .Select(m => new Recipient(m.PersonId, m.Name, m.Email, SwedishLabels.Of(Role.Chair))));
        }

        return RosterPeople.AndDirector(organisation, chairs);
    }

    /// <summary>The bodies invited to <paramref name="meeting"/>.</summary>
    public static IReadOnlyList<BodyDefinition> AttendeeBodies(OrganisationDefinition organisation, MeetingSnapshot meeting)
    {
        BodyKind? byKind = meeting.Kind switch
        {
            MeetingKind.Lecture => BodyKind.Office,
            MeetingKind.Koll => BodyKind.PreparationGroup,
            _ => null,
        };
        var bodies = byKind is null ? [] : organisation.Bodies.Where(b => b.Kind == byKind).ToList();
        return bodies.Count > 0 ? bodies : [.. organisation.Bodies.Where(b => meeting.BodyIds.Contains(b.Id))];
    }

    /// <summary>A member's place at a meeting of a body of <paramref name="kind"/>, or null if not invited.</summary>
    internal static (Role Role, bool Required)? Attendance(BodyKind kind, IReadOnlyList<Role> roles)
    {
        var seats = kind == BodyKind.Board ? BoardSeats : AttendingRoles;
        if (seats.Where(roles.Contains).Select(r => (Role?)r).FirstOrDefault() is { } seat)
        {
            return (seat, true);
        }

        return roles.Contains(Role.Deputy) ? (Role.Deputy, false) : null;
    }

    private Task<IReadOnlyList<BodyMember>> MembersAsync(OrganisationDefinition organisation, BodyDefinition body, CancellationToken cancellationToken) =>
        grains.GetGrain<IOrganisationRosterGrain>($"{organisation.Id}/roster").GetMembersAsync(body.Id, cancellationToken);
}
