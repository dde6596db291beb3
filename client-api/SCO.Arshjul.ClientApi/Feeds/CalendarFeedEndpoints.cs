namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>
/// <c>/feeds/{org}/person/{personId}.ics</c> and <c>/feeds/{org}/body/{bodyId}.ics</c>: iCalendar feeds that a
/// calendar (Outlook) subscribes to without signing in. The address's <c>key</c> is the secret (<see cref="FeedKeys"/>):
/// a missing or wrong key is 404, as for a feed that does not exist, so an address reveals nothing.
/// </summary>
internal static class CalendarFeedEndpoints
{
    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds/{org}").AllowAnonymous().WithTags("Kalenderflöden");
        feeds.MapGet("/person/{personId}.ics", PersonAsync)
            .WithSummary("The meetings of every body the person belongs to, as iCalendar; no sign-in, the secret key in the address instead (CalendarFeedLinks).");
        feeds.MapGet("/body/{bodyId}.ics", BodyAsync)
            .WithSummary("The meetings of one body, as iCalendar; no sign-in, the secret key in the address instead (CalendarFeedLinks).");
        return app;
    }

    private static Task<IResult> PersonAsync(string personId, [AsParameters] FeedRequest request) =>
        request.ServeAsync(FeedKeys.Person, personId, roster =>
            roster.People.FirstOrDefault(p => p.Id == personId) is { } person ? (person.Name, [.. person.Memberships.Select(m => m.BodyId)]) : null);

    private static Task<IResult> BodyAsync(string bodyId, [AsParameters] FeedRequest request) =>
        request.ServeAsync(FeedKeys.Body, bodyId, roster =>
            roster.Bodies.FirstOrDefault(b => b.Id == bodyId) is { } body ? (body.Name, [bodyId]) : null);
}
