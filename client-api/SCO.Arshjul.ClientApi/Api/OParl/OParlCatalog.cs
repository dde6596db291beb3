using System.Globalization;
using NodaTime;
using SCO.Arshjul.ClientApi.Feeds;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Formats;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>
/// One organisation's roster and meeting register as read for one request, and how each part becomes an OParl object
/// whose references are addresses (<see cref="OParlUrls"/>).
/// </summary>
internal sealed class OParlCatalog
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb[ICalendarWriter.TimeZoneId];
    private static readonly Role[] Voting = [Role.Chair, Role.ViceChair, Role.Member];

    private readonly IGrainFactory _grains;
    private readonly Uri _publicBase;

    private OParlCatalog(IGrainFactory grains, Uri publicBase, OrganisationDefinition roster, IReadOnlyList<MeetingSummary> meetings)
    {
        _grains = grains;
        _publicBase = publicBase;
        Roster = roster;
        Meetings = meetings;
        Urls = new OParlUrls(publicBase, roster.Id);
    }

    /// <summary>The roster (empty before the first import).</summary>
    public OrganisationDefinition Roster { get; }

    /// <summary>The meeting register, ordered by start.</summary>
    public IReadOnlyList<MeetingSummary> Meetings { get; }

    public OParlUrls Urls { get; }

    /// <summary>Every membership of every person, person by person in roster order.</summary>
    public IReadOnlyList<(PersonDefinition Person, MembershipDefinition Membership)> Memberships =>
        [.. Roster.People.SelectMany(p => p.Memberships.Select(m => (p, m)))];

    public static async Task<OParlCatalog> LoadAsync(IGrainFactory grains, string org, Uri publicBase, CancellationToken cancellationToken)
    {
        var roster = (await grains.GetGrain<IOrganisationRosterGrain>($"{org}/roster").GetAsync(cancellationToken)).Definition
            ?? new OrganisationDefinition(org, org, org, [], []);
        var meetings = await grains.GetGrain<IMeetingRegisterGrain>($"{org}/meeting-register").ListAsync(null, cancellationToken);
        return new OParlCatalog(grains, publicBase, roster, meetings);
    }

    /// <summary>The meetings as they stand (with their agendas), in the given order.</summary>
    public async Task<IReadOnlyList<MeetingSnapshot>> SnapshotsAsync(IEnumerable<MeetingSummary> meetings, CancellationToken cancellationToken) =>
        await Task.WhenAll(meetings.Select(m => _grains.GetGrain<IMeetingGrain>(m.Key).GetAsync(cancellationToken)));

    public OParlBody Body() => new()
    {
        Id = Urls.Body,
        Name = Roster.Name,
        ShortName = Roster.ShortName,
        Organization = Urls.List(OParlUrls.Organizations),
        Person = Urls.List(OParlUrls.Persons),
        Membership = Urls.List(OParlUrls.Memberships),
        Meeting = Urls.List(OParlUrls.Meetings),
        AgendaItem = Urls.List(OParlUrls.AgendaItems),
        Web = _publicBase.AbsoluteUri,
    };

    public OParlOrganization Organization(BodyDefinition body) => new()
    {
        Id = Urls.Organization(body.Id),
        Body = Urls.Body,
        Name = body.Name,
        Classification = SwedishNames.BodyKinds.First(k => k.Value == body.Kind).Key,
        Membership = [.. Memberships.Where(m => m.Membership.BodyId == body.Id).Select(m => Urls.Membership(m.Person.Id, body.Id, m.Membership.Role))],
        Meeting = Urls.List(OParlUrls.Meetings) + QueryString.Create("organization", body.Id),
    };

    public OParlPerson Person(PersonDefinition person) => new()
    {
        Id = Urls.Person(person.Id),
        Body = Urls.Body,
        Name = person.Name,
        Membership = [.. person.Memberships.Select(m => Membership(person, m))],
    };

    public OParlMembership Membership(PersonDefinition person, MembershipDefinition membership) => new()
    {
        Id = Urls.Membership(person.Id, membership.BodyId, membership.Role),
        Person = Urls.Person(person.Id),
        Organization = Urls.Organization(membership.BodyId),
        Role = SwedishNames.Of(membership.Role),
        VotingRight = Voting.Contains(membership.Role),
        Represents = membership.Organisation,
    };

    public OParlMeeting Meeting(MeetingSnapshot meeting) => new()
    {
        Id = Urls.Meeting(meeting.Id),
        Name = meeting.Title,
        MeetingState = MeetingStatusNames.Swedish(meeting.Status),
        Cancelled = meeting.Status == MeetingStatus.Cancelled,
        Start = Local(meeting.StartsAt),
        End = Local(meeting.EndsAt),
        Location = string.IsNullOrWhiteSpace(meeting.Location) ? null : new OParlLocation { Description = meeting.Location },
        Organization = [.. meeting.BodyIds.Select(Urls.Organization)],
        AgendaItem = [.. meeting.Agenda.Select((_, index) => AgendaItem(meeting, index + 1))],
        Web = ItemLinks.For(_publicBase, meeting.Key)!.AbsoluteUri,
        Modified = Local(MeetingLastChange.Of(meeting)),
    };

    /// <summary>The agenda item <paramref name="number"/> (from 1) of <paramref name="meeting"/>.</summary>
    public OParlAgendaItem AgendaItem(MeetingSnapshot meeting, int number) => new()
    {
        Id = Urls.AgendaItem(meeting.Id, number),
        Meeting = Urls.Meeting(meeting.Id),
        Number = number.ToString(CultureInfo.InvariantCulture),
        Order = number,
        Name = meeting.Agenda[number - 1],
    };

    private static DateTimeOffset Local(Instant instant) => instant.InZone(Stockholm).ToDateTimeOffset();
}
