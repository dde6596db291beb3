using System.Net;
using System.Text;
using NodaTime.Text;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.ClientApi.Tests.Pages;

/// <summary>/beslut/export: a CSV file Swedish Excel opens as it is (UTF-8 with BOM, ';', CRLF, quoted fields), with the page's filters.</summary>
public sealed class BeslutExportTests : IClassFixture<ArshjulWebFactory>
{
    private const string Header = "\"Diarienr\";\"Möte\";\"Mötesdatum\";\"Rubrik\";\"Ansvarig\";\"Klart senast\";\"Status\";\"Försenat\";\"Senaste anteckning\";\"Anteckningsdatum\"\r\n";

    private readonly ArshjulWebFactory _factory;

    public BeslutExportTests(ArshjulWebFactory factory) => _factory = factory;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_IsUtf8WithBom_SemicolonsCrlfAndQuotedFields_InSwedish()
    {
        var meeting = await BeslutPageTests.NextBoardMeetingAsync(_factory);
        var decision = await BeslutPageTests.RecordAsync(_factory, "SCÖ 2026-8.1", "Budget; \"extra\" för Åtvidaberg och Kinda", meeting.Key);
        await decision.ChangeStatusAsync(DecisionStatus.InProgress, "Två rader\r\nmed \"citat\"", "sco/annika-westerlund", Ct);
        var client = await _factory.ClientAsAsync(TestPeople.Ersattare);

        var response = await client.GetAsync("/beslut/export", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("beslut-och-processer-2026-11-23.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false, true).GetString(bytes[3..]);
        Assert.StartsWith(Header, text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var expected = string.Join(';',
            "\"SCÖ 2026-8.1\"", $"\"{meeting.Title}\"", $"\"{LocalDatePattern.Iso.Format(meeting.Start.Date)}\"", "\"Budget; \"\"extra\"\" för Åtvidaberg och Kinda\"",
            "\"Annika Westerlund\"", "\"2027-02-28\"", "\"Pågår\"", "\"Nej\"", "\"Två rader\r\nmed \"\"citat\"\"\"", "\"2026-11-23\"") + "\r\n";
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_KeepsThePagesFilters()
    {
        await BeslutPageTests.RecordAsync(_factory, "SCÖ 2026-8.2", "Beslutat och kvar");
        var started = await BeslutPageTests.RecordAsync(_factory, "SCÖ 2026-8.3", "Påbörjat");
        await started.ChangeStatusAsync(DecisionStatus.InProgress, null, "sco/annika-westerlund", Ct);
        var client = await _factory.ClientAsAsync(TestPeople.Revisor);

        var board = await client.GetStringAsync("/beslut?status=inProgress&year=2027", Ct);
        var text = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/beslut/export?status=inProgress&year=2027", Ct));
        var none = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/beslut/export?status=inProgress&year=2031", Ct));

        Assert.Contains("href=\"/beslut/export?year=2027&amp;status=inProgress\"", board, StringComparison.Ordinal);
        Assert.Contains("\"SCÖ 2026-8.3\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"SCÖ 2026-8.2\"", text, StringComparison.Ordinal);
        Assert.Equal("\uFEFF" + Header, none);
    }

    [Fact]
    public async Task Export_ShowsAFormulaAsText()
    {
        await BeslutPageTests.RecordAsync(_factory, "SCÖ 2026-8.4", "=HYPERLINK(\"http://example.org\")");
        var client = await _factory.ClientAsAsync(TestPeople.Forbundschef);

        var text = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/beslut/export", Ct));

        Assert.Contains(";\"'=HYPERLINK(\"\"http://example.org\"\")\";", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsForReadersOnly()
    {
        var client = await _factory.ClientAsAsync(TestPeople.Beredningsgrupp);

        var response = await client.GetAsync("/beslut/export", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
