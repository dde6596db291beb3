using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>
/// <c>oparl/…</c>: read-only feeds in the spirit of OParl 1.1 (Body, Organization, Person, Membership, Meeting,
/// AgendaItem), so that member organisations can follow along. Lists are paged (<c>?page=</c>, <c>?limit=</c> 1–100,
/// default 20) as <c>data</c>, <c>pagination</c> and <c>links</c>; every object has an absolute <c>id</c> and refers
/// to others by address.
/// </summary>
internal static class OParlEndpoints
{
    /// <summary>Who may read: the decision, in every endpoint's description.</summary>
    private const string Access =
        "Who may read: like the rest of the API, a signed-in person or a personal API token of the organisation, any role. "
        + "The feeds are for member organisations to follow along, not public: their representatives (medlemsråd, styrelse) "
        + "read them with their own API token. Persons show their names and memberships only, never e-mail addresses.";

    public static void MapOParlEndpoints(this RouteGroupBuilder organisation)
    {
        var oparl = organisation.MapGroup("/oparl").WithTags("OParl").WithDescription(Access);
        oparl.MapGet("/body", BodyAsync).WithSummary("The förbund as an OParl Body, with the addresses of its lists.");
        oparl.MapGet($"/{OParlUrls.Organizations}", OrganizationsAsync).WithSummary("Its bodies (styrelse, beredningsgrupp, medlemsråd …) as OParl Organizations.");
        oparl.MapGet($"/{OParlUrls.Organizations}/{{id}}", OrganizationAsync).WithSummary("One body.");
        oparl.MapGet($"/{OParlUrls.Persons}", PersonsAsync).WithSummary("The people of the roster: names and memberships only.");
        oparl.MapGet($"/{OParlUrls.Persons}/{{id}}", PersonAsync).WithSummary("One person: name and memberships only.");
        oparl.MapGet($"/{OParlUrls.Memberships}", MembershipsAsync).WithSummary("Every person's role in every body.");
        oparl.MapGet($"/{OParlUrls.Memberships}/{{personId}}/{{bodyId}}/{{role}}", MembershipAsync).WithSummary("One membership.");
        oparl.MapGet($"/{OParlUrls.Meetings}", MeetingsAsync).WithSummary("The meeting register, ordered by start; ?organization= keeps one body's.");
        oparl.MapGet($"/{OParlUrls.Meetings}/{{id}}", MeetingAsync).WithSummary("One meeting with its agenda.");
        oparl.MapGet($"/{OParlUrls.AgendaItems}", AgendaItemsAsync).WithSummary("Every agenda item of every meeting, meeting by meeting.");
        oparl.MapGet($"/{OParlUrls.AgendaItems}/{{meetingId}}/{{number:int}}", AgendaItemAsync).WithSummary("One agenda item (numbered from 1).");
    }

    private static async Task<Ok<OParlBody>> BodyAsync([AsParameters] OParlRequest request) =>
        TypedResults.Ok((await request.CatalogAsync()).Body());

    private static Task<Results<Ok<OParlList<OParlOrganization>>, ProblemHttpResult>> OrganizationsAsync(
        string? page, string? limit, [AsParameters] OParlRequest request) =>
        ListAsync(page, limit, request, (catalog, paging) =>
            OParlPaging.Page(catalog.Roster.Bodies, paging, catalog.Urls.List(OParlUrls.Organizations), catalog.Organization));

    private static Task<Results<Ok<OParlOrganization>, ProblemHttpResult>> OrganizationAsync(string id, [AsParameters] OParlRequest request) =>
        OneAsync(request, id, catalog => Task.FromResult(catalog.Roster.Bodies.FirstOrDefault(b => b.Id == id) is { } body ? catalog.Organization(body) : null));

    private static Task<Results<Ok<OParlList<OParlPerson>>, ProblemHttpResult>> PersonsAsync(
        string? page, string? limit, [AsParameters] OParlRequest request) =>
        ListAsync(page, limit, request, (catalog, paging) =>
            OParlPaging.Page(catalog.Roster.People, paging, catalog.Urls.List(OParlUrls.Persons), catalog.Person));

    private static Task<Results<Ok<OParlPerson>, ProblemHttpResult>> PersonAsync(string id, [AsParameters] OParlRequest request) =>
        OneAsync(request, id, catalog => Task.FromResult(catalog.Roster.People.FirstOrDefault(p => p.Id == id) is { } person ? catalog.Person(person) : null));

    private static Task<Results<Ok<OParlList<OParlMembership>>, ProblemHttpResult>> MembershipsAsync(
        string? page, string? limit, [AsParameters] OParlRequest request) =>
        ListAsync(page, limit, request, (catalog, paging) =>
            OParlPaging.Page(catalog.Memberships, paging, catalog.Urls.List(OParlUrls.Memberships), m => catalog.Membership(m.Person, m.Membership)));

    private static Task<Results<Ok<OParlMembership>, ProblemHttpResult>> MembershipAsync(
        string personId, string bodyId, string role, [AsParameters] OParlRequest request) =>
        OneAsync(request, $"{personId}/{bodyId}/{role}", catalog => Task.FromResult(
            catalog.Memberships.FirstOrDefault(m => m.Person.Id == personId && m.Membership.BodyId == bodyId && OParlUrls.RoleName(m.Membership.Role) == role)
                is { Person: not null } found
                ? catalog.Membership(found.Person, found.Membership)
                : null));

    private static Task<Results<Ok<OParlList<OParlMeeting>>, ProblemHttpResult>> MeetingsAsync(
        string? page, string? limit, string? organization, [AsParameters] OParlRequest request) =>
        ListAsync(page, limit, request, (catalog, paging) => OParlPaging.PageAsync(
            organization is null ? catalog.Meetings : [.. catalog.Meetings.Where(m => m.BodyIds.Contains(organization))],
            paging,
            catalog.Urls.List(OParlUrls.Meetings),
            async slice => (await catalog.SnapshotsAsync(slice, request.CancellationToken)).Select(catalog.Meeting),
            organization is null ? null : [new("organization", organization)]));

    private static Task<Results<Ok<OParlMeeting>, ProblemHttpResult>> MeetingAsync(string id, [AsParameters] OParlRequest request) =>
        OneAsync(request, id, async catalog => await SnapshotAsync(catalog, id, request.CancellationToken) is { } meeting ? catalog.Meeting(meeting) : null);

    private static Task<Results<Ok<OParlList<OParlAgendaItem>>, ProblemHttpResult>> AgendaItemsAsync(
        string? page, string? limit, [AsParameters] OParlRequest request) =>
        ListAsync(page, limit, request, async (catalog, paging) =>
        {
            var meetings = await catalog.SnapshotsAsync(catalog.Meetings, request.CancellationToken);
            IReadOnlyList<(MeetingSnapshot Meeting, int Number)> items = [.. meetings.SelectMany(m => m.Agenda.Select((_, index) => (m, index + 1)))];
            return OParlPaging.Page(items, paging, catalog.Urls.List(OParlUrls.AgendaItems), i => catalog.AgendaItem(i.Meeting, i.Number));
        });

    private static Task<Results<Ok<OParlAgendaItem>, ProblemHttpResult>> AgendaItemAsync(
        string meetingId, int number, [AsParameters] OParlRequest request) =>
        OneAsync(request, $"{meetingId}/{number}", async catalog =>
            await SnapshotAsync(catalog, meetingId, request.CancellationToken) is { } meeting && number >= 1 && number <= meeting.Agenda.Count
                ? catalog.AgendaItem(meeting, number)
                : null);

    /// <summary>A page of a list, or a 400 problem when <c>page</c> or <c>limit</c> is out of range.</summary>
    private static async Task<Results<Ok<OParlList<T>>, ProblemHttpResult>> ListAsync<T>(
        string? page, string? limit, OParlRequest request, Func<OParlCatalog, OParlPageRequest, Task<OParlList<T>>> list)
    {
        if (!OParlPageRequest.TryParse(page, limit, out var paging, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(await list(await request.CatalogAsync(), paging));
    }

    private static Task<Results<Ok<OParlList<T>>, ProblemHttpResult>> ListAsync<T>(
        string? page, string? limit, OParlRequest request, Func<OParlCatalog, OParlPageRequest, OParlList<T>> list) =>
        ListAsync(page, limit, request, (catalog, paging) => Task.FromResult(list(catalog, paging)));

    /// <summary>One object, or a 404 problem naming <paramref name="id"/> when <paramref name="find"/> gives none.</summary>
    private static async Task<Results<Ok<T>, ProblemHttpResult>> OneAsync<T>(OParlRequest request, string id, Func<OParlCatalog, Task<T?>> find)
        where T : class =>
        await find(await request.CatalogAsync()) is { } found ? TypedResults.Ok(found) : NotFound(id);

    /// <summary>The meeting <paramref name="id"/> of the register, as it stands; null when the register has none.</summary>
    private static async Task<MeetingSnapshot?> SnapshotAsync(OParlCatalog catalog, string id, CancellationToken cancellationToken) =>
        catalog.Meetings.FirstOrDefault(m => m.Id == id) is { } summary ? (await catalog.SnapshotsAsync([summary], cancellationToken))[0] : null;

    private static ProblemHttpResult NotFound(string id) =>
        (ProblemHttpResult)GovernanceProblems.Result(StatusCodes.Status404NotFound, "Finns inte", "oparl.not-found", $"'{id}' finns inte.");
}
