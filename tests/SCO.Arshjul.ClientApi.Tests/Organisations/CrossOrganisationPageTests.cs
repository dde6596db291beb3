using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// The Swedish pages between two förbund served by one deployment, for a signed-in förbundschef (a cookie session):
/// every page of their own shows nothing of the other förbund (status board, Mina sidor, Möten, Årshjul, Internkontroll,
/// Arbetsmiljö, Utskick, Förhandsvisning, item links); a page or form given the other's ids answers as for ids nobody
/// has and changes nothing. A page missing from <see cref="OwnPages"/> fails <see cref="OwnPages_CoverEveryPageOfTheApp"/>.
/// </summary>
[Collection(TwoOrganisationsCollection.Name)]
public sealed partial class CrossOrganisationPageTests(TwoOrganisationsFixture fixture)
{
    /// <summary>Pages without organisation data (signing in and out, the refusal page).</summary>
    private static readonly string[] NotOfAnOrganisation = ["inloggning", "inloggning/{org}/{person}/{secret}", "utloggning", "ingen-behorighet"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every page of the app that shows an organisation's data, with <paramref name="seed"/>'s items.</summary>
    public static IReadOnlyList<PageRequest> OwnPages(OrganisationSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var reference = Uri.EscapeDataString(seed.DecisionReference);
        return
        [
            new(string.Empty, "/"),
            new("mina-sidor", "/mina-sidor"),
            new("beslut", "/beslut"),
            new("beslut/export", "/beslut/export"),
            new("beslut/{reference}", $"/beslut/{reference}"),
            new("moten", "/moten?tidigare=true"),
            new("moten/ny", "/moten/ny"),
            new("moten/{id}", $"/moten/{seed.MeetingId}"),
            new("arshjul/{year:int:range(2000,2100)?}", "/arshjul/2025"),
            new("arshjul/{year:int:range(2000,2100)?}", $"/arshjul/{seed.OnlyYear}"),
            new("internkontroll/{year:int:range(2000,2100)?}", $"/internkontroll/{seed.OnlyYear}"),
            new("internkontroll/{year:int:range(2000,2100)}/rapport", $"/internkontroll/{seed.OnlyYear}/rapport"),
            new("arbetsmiljo/{year:int:range(2000,2100)?}", $"/arbetsmiljo/{seed.OnlyYear}"),
            new("utskick", "/utskick"),
            new("forhandsvisning", "/forhandsvisning?from=2026-12-01&to=2026-12-15"),
            new("{org}/{kind:regex(^(meeting|decision|internal-control|sam-task|deadline)$)}/{**id}", $"/{seed.Org}/decision/{reference}"),
        ];
    }

    /// <summary>Pages and forms given <paramref name="seed"/>'s ids (or ids nobody has) under the signed-in person's own organisation.</summary>
    public static IReadOnlyList<PageRequest> WithIds(string ownOrg, OrganisationSeed seed, string? controlId = null)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var reference = Uri.EscapeDataString(seed.DecisionReference);
        var year = seed.OnlyYear;
        return
        [
            new("beslut/{reference}", $"/beslut/{reference}"),
            new("beslut/{reference}", $"/beslut/{reference}?handler=Status", new Dictionary<string, string> { ["status"] = "InProgress", ["note"] = "Påbörjat" }),
            new("beslut/{reference}", $"/beslut/{reference}?handler=Note", new Dictionary<string, string> { ["note"] = "Anteckning" }),
            new("moten/{id}", $"/moten/{seed.MeetingId}"),
            new("moten/{id}", $"/moten/{seed.MeetingId}?handler=Cancel", new Dictionary<string, string> { ["reason"] = "Inställt" }),
            new("moten/{id}", $"/moten/{seed.MeetingId}?handler=Held", new Dictionary<string, string>()),
            new("arshjul/{year}", $"/arshjul/{year}"),
            new("internkontroll/{year}", $"/internkontroll/{year}"),
            new("internkontroll/{year}", $"/internkontroll/{year}?handler=Adopt", new Dictionary<string, string>()),
            new("internkontroll/{year}", $"/internkontroll/{year}?handler=Check", new Dictionary<string, string> { ["controlId"] = controlId ?? seed.ControlId, ["result"] = "ok", ["comment"] = "Stickprov" }),
            new("internkontroll/{year}/rapport", $"/internkontroll/{year}/rapport"),
            new("arbetsmiljo/{year}", $"/arbetsmiljo/{year}"),
            new("arbetsmiljo/{year}", $"/arbetsmiljo/{year}?handler=Complete", new Dictionary<string, string> { ["taskId"] = seed.SamTaskId, ["note"] = "Klart" }),
            new("utskick", "/utskick?handler=Retry", new Dictionary<string, string> { ["id"] = seed.NotificationId.ToString() }),
            new("{org}/{kind}/{**id}", $"/{ownOrg}/meeting/{seed.MeetingId}"),
            new("{org}/{kind}/{**id}", $"/{ownOrg}/decision/{reference}"),
        ];
    }

    [Fact]
    public void OwnPages_CoverEveryPageOfTheApp()
    {
        var mapped = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText!.Trim('/'))
            .Where(route => !NotOfAnOrganisation.Contains(route))
            .ToHashSet(StringComparer.Ordinal);
        var table = OwnPages(fixture.Seed(TwoOrganisationsConfig.First)).Select(p => p.Route).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(mapped.Order(StringComparer.Ordinal), table.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CrossOrganisationApiTests.Organisations), MemberType = typeof(CrossOrganisationApiTests))]
    public async Task EveryPage_OfTheOwnOrganisation_ShowsNothingOfTheOthers(string org)
    {
        var other = TwoOrganisationsFixture.Other(org);
        var texts = OwnTexts.Of(fixture.Configuration, fixture.Seed(other), org);
        var session = await fixture.SessionAsync(org);
        var failures = new List<string>();
        using var stored = new StoredWatch(fixture.Factory);
        foreach (var page in OwnPages(fixture.Seed(org)))
        {
            using var response = await session.GetAsync(page.Path, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect))
            {
                failures.Add($"{page}: {(int)response.StatusCode}");
            }

            failures.AddRange(texts.Where(t => body.Contains(t, StringComparison.Ordinal)).Select(t => $"{page}: shows '{t}'"));
            stored.Check(page, failures);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task PagesAndForms_WithTheOtherOrganisationsIds_AnswerAsForIdsNobodyHas_AndChangeNothing()
    {
        const string org = TwoOrganisationsConfig.First;
        var theirs = fixture.Seed(TwoOrganisationsConfig.Second);
        var nobodys = theirs with
        {
            Org = SeededItems.NoOrganisation,
            MeetingId = "2026-12-24-finns-inte",
            DecisionReference = "INGEN 2026-0.0",
            NotificationId = Guid.Parse("00000000-0000-4000-8000-00000000dead"),
            OnlyYear = 2031,
            SamTaskId = "2031-01-15-finns-inte",
        };
        var session = await fixture.SessionAsync(org);
        var failures = new List<string>();
        using var stored = new StoredWatch(fixture.Factory);
        foreach (var (mine, none) in WithIds(org, theirs).Zip(WithIds(org, nobodys, "ingen-kontroll")))
        {
            var (withTheirs, withNone) = (await SendAsync(session, mine, theirs, stored, failures), await SendAsync(session, none, nobodys, stored, failures));
            if (withTheirs != withNone)
            {
                failures.Add($"{mine}: {withTheirs} — with ids nobody has: {withNone}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task ItemLink_OfTheOtherOrganisation_IsRefusedAsForAnOrganisationThatDoesNotExist()
    {
        var session = await fixture.SessionAsync(TwoOrganisationsConfig.First);
        var theirs = fixture.Seed(TwoOrganisationsConfig.Second);
        var reference = Uri.EscapeDataString(theirs.DecisionReference);

        using var toThem = await session.GetAsync($"/{theirs.Org}/decision/{reference}", Ct);
        using var toNobody = await session.GetAsync($"/{SeededItems.NoOrganisation}/decision/{reference}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, toThem.StatusCode);
        Assert.Equal(await Page(toNobody, []), await Page(toThem, []));
    }

    private static async Task<string> SendAsync(HttpClient session, PageRequest page, OrganisationSeed ids, StoredWatch stored, List<string> failures)
    {
        HttpResponseMessage response;
        if (page.Form is null)
        {
            response = await session.GetAsync(page.Path, Ct);
        }
        else
        {
            var form = new Dictionary<string, string>(page.Form) { ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(session) };
            response = await session.PostAsync(page.Path, new FormUrlEncodedContent(form), Ct);
        }

        using (response)
        {
            stored.Check(page, failures);
            return await Page(response, [
                ids.Org, ids.MeetingId, ids.DecisionReference, Uri.EscapeDataString(ids.DecisionReference), ids.NotificationId.ToString(), ids.SamTaskId, ids.ControlId, "ingen-kontroll",
                .. new[] { ids.OnlyYear - 1, ids.OnlyYear, ids.OnlyYear + 1 }.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), // the year and its neighbours, linked from its page
            ]);
        }
    }

    // Status, where it redirects and what it shows, with the ids and what differs per request (the form's token, a problem's trace id) left out.
    private static async Task<string> Page(HttpResponseMessage response, IEnumerable<string> ids)
    {
        var body = TraceId().Replace(RequestToken().Replace(await response.Content.ReadAsStringAsync(Ct), "token"), "trace");
        var text = $"{(int)response.StatusCode} {response.Headers.Location?.OriginalString} {body}";
        foreach (var id in ids.Where(i => i.Length > 0).Distinct().OrderByDescending(i => i.Length))
        {
            text = text.Replace(id, "{id}", StringComparison.Ordinal);
        }

        return text;
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient session)
    {
        var page = await session.GetStringAsync("/moten/ny", Ct);
        return WebUtility.HtmlDecode(RequestToken().Match(page).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex RequestToken();

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
