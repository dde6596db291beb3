using Microsoft.AspNetCore.Mvc;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>What both feeds bind: the organisation, the key, and the services that answer.</summary>
internal sealed record FeedRequest(
    [FromRoute(Name = "org")] string Org,
    [FromQuery(Name = "key")] string? Key,
    [FromServices] FeedKeys Keys,
    [FromServices] IGrainFactory Grains,
    [FromServices] PublicBaseUrl PublicBase,
    HttpContext Context,
    CancellationToken CancellationToken)
{
    private const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>
    /// The feed of <paramref name="kind"/> <paramref name="id"/>: 404 unless the key is that feed's and
    /// <paramref name="find"/> names it in the roster (its name, and the bodies whose meetings it shows).
    /// </summary>
    public async Task<IResult> ServeAsync(string kind, string id, Func<OrganisationDefinition, (string Name, IReadOnlyList<string> Bodies)?> find)
    {
        if (!Keys.Matches(Org, kind, id, Key)
            || (await Grains.GetGrain<IOrganisationRosterGrain>($"{Org}/roster").GetAsync(CancellationToken)).Definition is not { } roster
            || find(roster) is not { } feed)
        {
            return Results.NotFound();
        }

        var (name, bodies) = feed;
        var register = await Grains.GetGrain<IMeetingRegisterGrain>($"{roster.Id}/meeting-register").ListAsync(null, CancellationToken);
        var meetings = await Task.WhenAll(register
            .Where(m => m.BodyIds.Any(bodies.Contains))
            .Select(m => Grains.GetGrain<IMeetingGrain>(m.Key).GetAsync(CancellationToken)));

        // The address is the secret: no shared cache may keep the answer.
        Context.Response.Headers.CacheControl = "private, no-cache";
        var calendar = CalendarFeedWriter.Write($"Årshjul {roster.ShortName} – {name}", meetings, roster, PublicBase.Of(Context.Request));
        return Results.Text(calendar, ContentType);
    }
}
