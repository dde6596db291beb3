using System.Text.Json;
using SCO.Arshjul.Silo.CommandLine;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Preview;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.CommandLine;

/// <summary>
/// Issue 7: <c>arshjul preview</c> on the sample configuration, on Monday 23 November 2026 with no database yet (the
/// year 2027 not generated): JSON Lines and the table; bad input is refused with exit code 2.
/// </summary>
public sealed class PreviewCommandTests : IDisposable
{
    private readonly TempSqliteFile _database = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("sco", "2027-02-01", "2027-01-01", "json", "Från (2027-02-01) är efter till (2027-01-01).", "is after the last")]
    [InlineData("sco", "2027-13-01", "2027-12-31", "json", "'2027-13-01' är inget datum (från)", "is not a date (from)")]
    [InlineData("sco", "2027-01-01", "31/12/2027", "table", "'31/12/2027' är inget datum (till)", "is not a date (to)")]
    [InlineData("scoo", "2027-01-01", "2027-12-31", "json", "Organisationen 'scoo' finns inte", "No organisation 'scoo' is configured")]
    [InlineData("", "2027-01-01", "2027-12-31", "json", "Ange organisationen (--org).", "Give the organisation (--org).")]
    [InlineData("sco", "2027-01-01", "2029-01-01", "json", "Perioden får vara högst 2 år", "at most 2 years")]
    [InlineData("sco", "2028-06-01", "2028-12-31", "json", "Förhandsvisningen räcker högst 2 år framåt, till och med 2028-11-22.", "at most 2 years ahead")]
    [InlineData("sco", "2025-01-01", "2025-12-31", "table", "Perioden 2025-01-01 till 2025-12-31 har redan passerat.", "is already past")]
    [InlineData("sco", "2027-01-01", "2027-12-31", "xml", "Okänt format 'xml': ange json eller table.", "Unknown format 'xml'")]
    public async Task RunAsync_BadInput_ExitsWithTwoAndSaysWhyInSwedishAndEnglish(string org, string from, string to, string format, string swedish, string english)
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await PreviewCommand.RunAsync(Options(new PreviewRequest(org, from, to), format, output, error), TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.Contains($"Fel: {swedish}", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Error: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(english, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task RunAsync_JsonForAYearNotGenerated_WritesOneNotificationALineAndCreatesNoDatabase()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await PreviewCommand.RunAsync(
            Options(new PreviewRequest("sco", "2027-01-18", "2027-01-24"), "json", output, error), TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.InRange(line.GetProperty("at").GetString()!, "2027-01-18T00:00:00", "2027-01-24T23:59:59");
            Assert.Equal("file", line.GetProperty("channel").GetString());
            Assert.StartsWith("sco/", line.GetProperty("item").GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.NotEmpty(line.GetProperty("subject").GetString()!);
            Assert.All(line.GetProperty("recipients").EnumerateArray(), r => Assert.Contains('@', r.GetProperty("email").GetString()!));
        });

        // The kallelse of the beredningsgrupp of Friday 5 February goes out Friday 22 January: ledamöter required, ersättare optional.
        var kallelse = Assert.Single(lines, l => l.GetProperty("kind").GetString() == "invitation");
        Assert.Equal("2027-01-22T09:00:00", kallelse.GetProperty("at").GetString());
        Assert.Equal("sco/meeting/2027-02-05-beredningsgruppsmote", kallelse.GetProperty("item").GetProperty("id").GetString());
        Assert.True(kallelse.GetProperty("calendar").GetBoolean());
        var recipients = kallelse.GetProperty("recipients").EnumerateArray().ToList();
        Assert.Contains(recipients, r => r.GetProperty("role").GetString() == "ledamot" && r.GetProperty("required").GetBoolean());
        Assert.Contains(recipients, r => r.GetProperty("role").GetString() == "ersättare" && !r.GetProperty("required").GetBoolean());

        Assert.Contains("Antagande: Planen följs", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Inget sparat läge", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"Summa: {lines.Count} utskick", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task RunAsync_Table_ListsEachNotificationAndRecipientByWeekWithTheSummary()
    {
        var output = new StringWriter();

        var exitCode = await PreviewCommand.RunAsync(
            Options(new PreviewRequest("sco", "2027-01-18", "2027-01-31"), "table", output, new StringWriter()), TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("Förhandsvisning – Samordningsförbundet Centrala Östergötland (sco), 2027-01-18 – 2027-01-31", text, StringComparison.Ordinal);
        Assert.Contains("Antagande: Planen följs", text, StringComparison.Ordinal);
        Assert.Contains("Vecka 3 (2027-01-18 – 2027-01-24)", text, StringComparison.Ordinal);
        Assert.Contains("Vecka 4 (2027-01-25 – 2027-01-31)", text, StringComparison.Ordinal);
        Assert.Matches(@"2027-01-22 fre  09:00  Kallelse\s+Kallelse: Beredningsgruppsmöte fredag 5 februari 2027\s+\S", text);
        Assert.Matches(@"ersättare \(valfri\)\s+\S+@example\.org", text);
        Assert.Contains("Helgdagar: inga utskick på helger eller helgdagar.", text, StringComparison.Ordinal);
        Assert.Matches(@"Summa: \d+ utskick i \d+ meddelanden\.", text);
    }

    public void Dispose() => _database.Dispose();

    private PreviewCommandOptions Options(PreviewRequest request, string format, TextWriter output, TextWriter error) =>
        new(RepositoryRoot.Config, request, format, output, error, Overrides(), _clock);

    private SiloHostOverrides Overrides() => new(new Dictionary<string, string?> { ["Storage:SqlitePath"] = _database.Path });
}
