using NodaTime;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Tests.Configuration;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.Organisations;

/// <summary>
/// A configuration directory serving several förbund: each with its own roster and wheel from the one template (its
/// own meeting place for the template's <c>{meetingPlace}</c>, its own year files), and what would mix them up refused
/// at load with file, line and reason.
/// </summary>
public sealed class ManyOrganisationsConfigTests : IDisposable
{
    private readonly TempConfigDirectory _config = new();

    public void Dispose() => _config.Dispose();

    [Fact]
    public void Load_TwoOrganisations_GivesEachItsOwnRosterAndWheel()
    {
        using var directory = new TwoOrganisationsConfig();

        var config = ArshjulConfigurationLoader.Load(directory.Directory);

        Assert.Equal([TwoOrganisationsConfig.First, TwoOrganisationsConfig.Second], config.Organisations.Select(o => o.Id));
        var (sco, sjobygden) = (config.Plan(TwoOrganisationsConfig.First, 2025), config.Plan(TwoOrganisationsConfig.Second, 2025));
        var board = sjobygden.Meetings.Where(m => m.ActivityId == "styrelsemote").ToList();
        Assert.Equal(10, board.Count);
        Assert.All(board, m => Assert.Equal(IsoDayOfWeek.Thursday, m.Start.DayOfWeek));
        Assert.All(board, m => Assert.Equal("Förbundskansliet, Sjövik", m.Location));
        Assert.All(sco.Meetings.Where(m => m.ActivityId == "styrelsemote"), m => Assert.Equal("SCÖ:s kansli, Linköping", m.Location));
        Assert.Contains(sjobygden.Meetings, m => m.Title == "Sjöbygdsdagen – samverkan i praktiken");
        Assert.DoesNotContain(sco.Meetings, m => m.ActivityId == "sjobygdsdagen");

        // A year without a year file comes from the template alone, at each förbund's own meeting place.
        Assert.All(config.Plan(TwoOrganisationsConfig.Second, 2027).Meetings.Where(m => m.ActivityId == "styrelsemote"), m => Assert.Equal("Förbundskansliet, Sjövik", m.Location));
        Assert.Contains(config.Organisation(TwoOrganisationsConfig.Second).People, p => p.Email == TwoOrganisationsConfig.SharedPersonEmail);
        Assert.Contains(config.Organisation(TwoOrganisationsConfig.First).People, p => p.Email == TwoOrganisationsConfig.SharedPersonEmail);
    }

    [Fact]
    public void Load_TemplateAtMeetingPlace_OrganisationWithoutOne_IsRefusedAtTheTemplateLineNamingIt()
    {
        _config.WithDefaults();
        var template = _config.Write("arshjul/template.yaml", SampleYaml.Template.Replace("    end: \"12:00\"\n", "    end: \"12:00\"\n    location: \"{meetingPlace}\"\n", StringComparison.Ordinal));
        _config.Write("organisations/annat.yaml", SampleYaml.Organisation.Replace("id: sco", "id: annat", StringComparison.Ordinal)
            .Replace("name: Samordningsförbundet Test", "name: Samordningsförbundet Annat\nmeetingPlace: Annats kansli", StringComparison.Ordinal));

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(_config.Root), template, 10, 15,
            "the location '{meetingPlace}' needs the organisation's meetingPlace, and sco has none (config/organisations/sco.yaml) (organisation sco)");

        _config.Write("organisations/sco.yaml", SampleYaml.Organisation.Replace("shortName: ST", "shortName: ST\nmeetingPlace: Testkansliet", StringComparison.Ordinal));
        var config = ArshjulConfigurationLoader.Load(_config.Root);
        Assert.All(config.Plan("sco", 2026).Meetings, m => Assert.Equal("Testkansliet", m.Location));
        Assert.All(config.Plan("annat", 2026).Meetings, m => Assert.Equal("Annats kansli", m.Location));
    }

    [Fact]
    public void Load_SecondFileClaimingTheFirstsId_IsRefused()
    {
        _config.WithDefaults();
        var second = _config.Write("organisations/sco2.yaml", SampleYaml.Organisation.Replace("Samordningsförbundet Test", "Samordningsförbundet Två", StringComparison.Ordinal));

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(_config.Root), second, 1, 5, "organisation id 'sco' does not match the file name 'sco2'");
    }

    [Fact]
    public void Load_SecondOrganisationWithTheFirstsName_IsRefusedAtItsName()
    {
        _config.WithDefaults();
        var second = _config.Write("organisations/tva.yaml", SampleYaml.Organisation.Replace("id: sco", "id: tva", StringComparison.Ordinal));

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(_config.Root), second, 2, 7,
            "name 'Samordningsförbundet Test' is also organisation 'sco''s: each förbund needs its own");
    }

    [Fact]
    public void Load_OrganisationIdLongerThanAGrainKeyTakes_IsRefused()
    {
        var id = new string('a', 41);
        _config.WithDefaults();
        var file = _config.Write($"organisations/{id}.yaml", SampleYaml.Organisation.Replace("id: sco", $"id: {id}", StringComparison.Ordinal)
            .Replace("Samordningsförbundet Test", "Samordningsförbundet Långt", StringComparison.Ordinal));

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(_config.Root), file, 1, 5, $"organisation id '{id}' is longer than 40 characters");
    }

    [Fact]
    public void Load_YmlFileAmongTheOrganisations_IsRefusedRatherThanSkipped()
    {
        _config.WithDefaults();
        var file = _config.Write("organisations/norr.yml", SampleYaml.Organisation.Replace("id: sco", "id: norr", StringComparison.Ordinal));

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(_config.Root), file, 1, 1, "only *.yaml files are read here: rename it to norr.yaml");
    }
}
