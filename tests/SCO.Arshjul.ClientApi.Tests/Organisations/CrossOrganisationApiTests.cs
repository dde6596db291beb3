using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.ClientApi.Feeds;
using SCO.Arshjul.ClientApi.Tests.Fuzz;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// Every operation of the API and the calendar feeds, as the app's own OpenAPI document lists them (so a new endpoint is
/// covered without editing these tests), between two förbund served by one deployment: a user of one never reads or
/// changes the other's data. Under the other's route every call is refused as for an organisation that does not exist
/// (403 <c>organisation.forbidden</c>; a feed 404); under their own route the other's ids get the answer an id nobody has
/// gets; their own lists hold nothing of the other's; and no refused call stores anything.
/// </summary>
[Collection(TwoOrganisationsCollection.Name)]
public sealed class CrossOrganisationApiTests(TwoOrganisationsFixture fixture)
{
    private const string OrgRoute = "/api/v1/orgs/{org}/";

    public static TheoryData<string> Organisations => [TwoOrganisationsConfig.First, TwoOrganisationsConfig.Second];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FeedKeys Keys => fixture.Factory.Services.GetRequiredService<FeedKeys>();

    [Fact]
    public async Task OpenApiDocument_ListsEveryMappedRouteOfAnOrganisation_SoTheTablesBelowMissNone()
    {
        var documented = (await OperationsAsync()).Select(o => $"{o.Method} {o.Template}").ToHashSet(StringComparer.Ordinal);
        var mapped =
            from endpoint in fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            let text = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/')
            where text.StartsWith(OrgRoute, StringComparison.Ordinal) || text.StartsWith("/feeds/{org}/", StringComparison.Ordinal)
            from method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []
            select $"{method} {System.Text.RegularExpressions.Regex.Replace(text.TrimEnd('/'), @":[^}]+\}", "}")}";

        Assert.Empty(mapped.Where(m => !documented.Contains(m) && !documented.Contains(m + "/")).Order(StringComparer.Ordinal));
        Assert.True(documented.Count >= 35, $"only {documented.Count} operations in the OpenAPI document");
    }

    [Theory]
    [MemberData(nameof(Organisations))]
    public async Task EveryOperation_UnderTheOtherOrganisationsRoute_IsRefusedAsForAnOrganisationThatDoesNotExist(string caller)
    {
        var other = TwoOrganisationsFixture.Other(caller);
        var theirs = SeededItems.Of(fixture.Seed(other));
        var failures = new List<string>();
        using var stored = new StoredWatch(fixture.Factory);
        foreach (var operation in await OperationsAsync())
        {
            for (var variant = 0; variant < IsolationRequest.Variants(operation, theirs); variant++)
            {
                var toThem = IsolationRequest.Build(operation, theirs, variant, other, caller, Keys, filters: true);
                var toNobody = IsolationRequest.Build(operation, theirs, variant, SeededItems.NoOrganisation, caller, Keys, filters: true);
                var (them, nobody) = (await SendAsync(caller, operation, toThem, [other], stored, failures), await SendAsync(caller, operation, toNobody, [SeededItems.NoOrganisation], stored, failures));
                var expected = operation.IsAnonymous ? (404, "route.not-found") : (403, "organisation.forbidden");
                if ((them.Status, them.Code) != expected || them != nobody)
                {
                    failures.Add($"{toThem}: {them.Status} {them.Code} {Cut(them.Body)} — for no organisation: {nobody.Status} {nobody.Code} {Cut(nobody.Body)}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{caller} reaching {other}:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryOperation_UnderTheOwnRouteWithTheOtherOrganisationsIds_AnswersAsForIdsNobodyHas()
    {
        const string caller = TwoOrganisationsConfig.First;
        var theirs = SeededItems.Of(fixture.Seed(TwoOrganisationsConfig.Second));
        var failures = new List<string>();
        var compared = 0;
        using var stored = new StoredWatch(fixture.Factory);
        foreach (var operation in (await OperationsAsync()).Where(o => IsolationRequest.NamesItems(o, theirs)))
        {
            for (var variant = 0; variant < IsolationRequest.Variants(operation, theirs); variant++)
            {
                var withTheirs = IsolationRequest.Build(operation, theirs, variant, caller, theirs.Org, Keys, filters: true);
                var withNone = IsolationRequest.Build(operation, SeededItems.None, variant, caller, SeededItems.NoOrganisation, Keys, filters: true);
                var (mine, none) = (await SendAsync(caller, operation, withTheirs, Named(theirs), stored, failures), await SendAsync(caller, operation, withNone, Named(SeededItems.None), stored, failures));
                compared++;
                if (mine != none)
                {
                    failures.Add($"{withTheirs}: {mine.Status} {mine.Code} {Cut(mine.Body)} — with ids nobody has: {none.Status} {none.Code} {Cut(none.Body)}");
                }
            }
        }

        Assert.True(compared >= 25, $"only {compared} requests named the other organisation's items");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [MemberData(nameof(Organisations))]
    public async Task EveryRead_OfTheOwnOrganisation_HoldsNothingOfTheOthers(string caller)
    {
        var other = TwoOrganisationsFixture.Other(caller);
        var own = SeededItems.Of(fixture.Seed(caller));
        var texts = OwnTexts.Of(fixture.Configuration, fixture.Seed(other), caller);
        var ownTexts = OwnTexts.Of(fixture.Configuration, fixture.Seed(caller), other);
        var failures = new List<string>();
        var found = 0;
        using var stored = new StoredWatch(fixture.Factory);
        foreach (var operation in (await OperationsAsync()).Where(o => o.Method == "GET"))
        {
            for (var variant = 0; variant < IsolationRequest.Variants(operation, own); variant++)
            {
                var request = IsolationRequest.Build(operation, own, variant, caller, caller, Keys, filters: false);
                using var response = await ClientFor(caller, operation).SendAsync(request.ToMessage(), Ct);
                var body = await Answer.ReadableAsync(response);
                failures.AddRange(texts.Where(t => body.Contains(t, StringComparison.Ordinal)).Select(t => $"{request}: {(int)response.StatusCode} shows '{t}'"));
                found += ownTexts.Any(t => body.Contains(t, StringComparison.Ordinal)) ? 1 : 0;
                stored.Check(request, failures);
            }
        }

        Assert.True(found >= 15, $"only {found} reads showed anything of {caller}'s own: the reads reach too little to show a leak");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task ListsOfEachOrganisation_HoldItsOwnSeededItemsOnly()
    {
        foreach (var org in new[] { TwoOrganisationsConfig.First, TwoOrganisationsConfig.Second })
        {
            var (mine, theirs) = (fixture.Seed(org), fixture.Seed(TwoOrganisationsFixture.Other(org)));
            var client = fixture.Manager(org);
            var decisions = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/decisions", Ct);
            var meetings = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/meetings?from=2026-12-01&to=2026-12-31", Ct);
            var notifications = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/notifications?status=failed", Ct);

            var references = decisions.GetProperty("entries").EnumerateArray().Select(d => d.GetProperty("summary").GetProperty("reference").GetString()).ToList();
            Assert.Contains(mine.DecisionReference, references);
            Assert.DoesNotContain(theirs.DecisionReference, references);
            var meetingIds = meetings.EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
            Assert.Contains(mine.MeetingId, meetingIds);
            Assert.DoesNotContain(theirs.MeetingId, meetingIds);
            var notificationIds = notifications.EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ToList();
            Assert.Equal([mine.NotificationId], notificationIds);
        }
    }

    private async Task<Answer> SendAsync(string caller, ApiOperation operation, IsolationRequest request, IEnumerable<string> ids, StoredWatch stored, List<string> failures)
    {
        using var response = await ClientFor(caller, operation).SendAsync(request.ToMessage(), Ct);
        var answer = await Answer.ReadAsync(response, ids);
        if (answer.IsSuccess && request.Method != "GET")
        {
            failures.Add($"{request}: accepted ({answer.Status})");
        }

        stored.Check(request, failures);
        return answer;
    }

    private HttpClient ClientFor(string caller, ApiOperation operation) =>
        operation.IsAnonymous ? fixture.Factory.CreateClient() : fixture.Manager(caller);

    private static IEnumerable<string> Named(SeededItems ids) =>
        ids.Path.Where(p => p.Key is not ("items/{kind}" or "{bodyId}/{role}" or "{meetingId}/{number}")).SelectMany(p => p.Value)
            .Concat(ids.Query.Values).Concat(ids.Body.Values.Select(v => v.Trim('[', ']', '"'))).Append(ids.Org);

    private async Task<IReadOnlyList<ApiOperation>> OperationsAsync()
    {
        using var anonymous = fixture.Factory.CreateClient();
        return OpenApiSurface.Read(await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct));
    }

    private static string Cut(string text) => text.Length <= 300 ? text : $"{text[..300]}…";
}
