using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Tests.Configuration;

public sealed class YearFileLoaderTests : IDisposable
{
    private readonly TempConfigDirectory config = new();
    private readonly OrganisationDefinition organisation;
    private readonly WheelTemplate template;

    public YearFileLoaderTests()
    {
        organisation = OrganisationLoader.Load(config.Write("organisations/sco.yaml", SampleYaml.Organisation));
        template = TemplateLoader.Load(config.Write("arshjul/template.yaml", SampleYaml.Template), [organisation]);
    }

    public void Dispose() => config.Dispose();

    [Fact]
    public void Load_ValidYearFile_ReadsPinsOneOffsAndInternalControl()
    {
        var yearFile = YearFileLoader.Load(config.Write("arshjul/sco-2025.yaml", SampleYaml.YearFile), organisation, template);

        Assert.Equal(("sco", 2025), (yearFile.OrganisationId, yearFile.Year));
        var board = yearFile.Pins[0];
        Assert.Equal("styrelsemote", board.ActivityId);
        Assert.Equal(new PinnedOccurrence(new LocalDate(2025, 2, 14), Assumed: true), board.Occurrences[0]);
        Assert.Equal(new PinnedOccurrence(new LocalDate(2025, 4, 4), Assumed: false, Source: "ÅR 2023 beslutad 2024-04-05"), board.Occurrences[1]);
        Assert.Equal(
            new PinnedOccurrence(new LocalDate(2025, 6, 13), new LocalTime(13, 0), new LocalTime(16, 0), "Digitalt", Assumed: true),
            board.Occurrences[2]);
        var extra = Assert.Single(yearFile.AddedActivities);
        Assert.Equal(("extra", "Extra styrelsemöte", (RecurrenceRule?)null), (extra.Id, extra.Title, extra.When));
        Assert.Equal(new LocalDate(2025, 8, 29), Assert.Single(yearFile.Pins[1].Occurrences).Date);
        Assert.Equal(new PinnedOccurrence(new LocalDate(2025, 2, 14), Assumed: true), yearFile.InternalControl!.AdoptBy);
        Assert.Equal(new PinnedOccurrence(new LocalDate(2025, 10, 10)), yearFile.InternalControl.FollowUp);
        Assert.Null(yearFile.InternalControl.Controls);
    }

    [Theory]
    [InlineData("      - 2025-02-14\n", "      - 2025-02-30\n", 7, 9, "bad date '2025-02-30' (expected yyyy-MM-dd, e.g. 2025-03-14)")]
    [InlineData("      - 2025-02-14\n", "      - 2025-06-06\n", 7, 9, "2025-06-06 is not a working day (nationaldagen)")]
    [InlineData("      - 2025-02-14\n", "      - 2025-02-15\n", 7, 9, "2025-02-15 is not a working day (lördag)")]
    [InlineData("      - 2025-02-14\n", "      - 2026-02-13\n", 7, 9, "date 2026-02-13 is not in 2025")]
    [InlineData("id: styrelsemote", "id: styrelsemotet", 4, 9, "unknown activity 'styrelsemotet' (not in the template; a one-off activity needs 'type', 'kind', 'title' …)")]
    [InlineData("- date: 2025-06-13", "- date: 2025-04-04", 11, 9, "'styrelsemote' is pinned twice on 2025-04-04")]
    [InlineData("id: extra", "id: arsredovisning", 15, 9, "duplicate activity id 'arsredovisning': the template has it (leave out 'type' to pin its dates)")]
    [InlineData("end: \"16:00\"", "end: \"12:00\"", 13, 14, "end 12:00 is before or at start 13:00")]
    [InlineData("organisation: sco", "organisation: other", 1, 15, "organisation 'other' does not match the file name (expected 'sco')")]
    [InlineData("year: 2025", "year: 2026", 2, 7, "year 2026 does not match the file name (expected 2025)")]
    [InlineData("{ date: 2025-10-10 }", "{ date: 2025-01-10 }", 25, 13, "followUp 2025-01-10 is before adoptBy 2025-02-14")]
    [InlineData("dates: [2025-08-29]", "dates: []", 15, 5, "'dates' is empty: pin at least one date, or leave the activity out to keep its rule")]
    [InlineData("bodies: [styrelse]", "bodies: [styrelsen]", 19, 14, "unknown body 'styrelsen' (known: styrelse, kansli)")]
    [InlineData("    dates: [2025-08-29]", "    when: { date: 08-29 }", 22, 5, "unknown key 'when' (known: id, type, kind, title, bodies, start, end, days, location, agenda, responsible, source, dates, assumed)")]
    [InlineData("internalControl:", "internalControl:\n  controls:\n    - id: attest", 25, 7, "missing field 'area'")]
    [InlineData(
        "internalControl:",
        "  - id: arsredovisning\n    dates:\n      - { date: 2025-04-04, location: Kansliet }\ninternalControl:",
        25, 29, "unknown key 'location' (known: date, title, assumed, source)")]
    public void Load_Error_NamesFileLineAndColumn(string find, string replace, int line, int column, string reason)
    {
        var path = config.Write("arshjul/sco-2025.yaml", SampleYaml.YearFile.Replace(find, replace, StringComparison.Ordinal));

        ConfigAssert.Fails(() => YearFileLoader.Load(path, organisation, template), path, line, column, reason);
    }
}
