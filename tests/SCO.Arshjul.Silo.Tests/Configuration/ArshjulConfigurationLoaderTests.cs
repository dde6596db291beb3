using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Tests.Configuration;

public sealed class ArshjulConfigurationLoaderTests : IDisposable
{
    private readonly TempConfigDirectory config = new TempConfigDirectory().WithDefaults();

    public void Dispose() => config.Dispose();

    [Fact]
    public void Load_Directory_LoadsEverythingAndPlansYears()
    {
        config.Write("arshjul/sco-2025.yaml", SampleYaml.YearFile);

        var loaded = ArshjulConfigurationLoader.Load(config.Root);

        Assert.Equal("sco", Assert.Single(loaded.Organisations).Id);
        Assert.Equal(3, loaded.Template.Activities.Count);
        Assert.Equal(2025, Assert.Single(loaded.YearFiles).Year);
        var plan2025 = loaded.Plan("sco", 2025);
        Assert.Equal(YearPlanSource.YearFile, plan2025.Source);
        Assert.Equal(4, plan2025.Meetings.Count); // three pinned board meetings and the one-off
        var plan2026 = loaded.Plan("sco", 2026);
        Assert.Equal(YearPlanSource.Template, plan2026.Source);
        Assert.Equal(10, plan2026.Meetings.Count);
        Assert.Throws<KeyNotFoundException>(() => loaded.Plan("okand", 2026));
    }

    [Fact]
    public void Load_PlanningErrorInTemplate_PointsAtTheActivityAndNamesTheYear()
    {
        // 6 June 2025 is nationaldagen: it moves to 5 June, where the other occurrence already is.
        var template = config.Write("arshjul/template.yaml", SampleYaml.Template.Replace(
            "{ months: [maj, november], day: 15 }", "{ occurrences: [{ month: 6, day: 5 }, { month: 6, day: 6 }] }", StringComparison.Ordinal));
        config.Write("arshjul/sco-2025.yaml", SampleYaml.YearFile);

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(config.Root), template, 17, 5,
            "'skyddsrond' falls twice on 2025-06-05 (the id 2025-06-05-skyddsrond would not be unique) (planning sco 2025)");
    }

    [Fact]
    public void Load_YearFileWithoutTheMeetingADeadlineFollows_PointsAtTheDeadline()
    {
        // The year file moves the April board meeting to May: "the day of the April board meeting" has nothing to follow.
        config.Write("arshjul/sco-2025.yaml", SampleYaml.YearFile.Replace("2025-04-04", "2025-05-09", StringComparison.Ordinal));

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(config.Root), Path.Combine(config.Root, "arshjul", "template.yaml"), 11, 5,
            "'arsredovisning': 'styrelsemote' has 0 meetings in april, so 'the day of its meeting' is ambiguous or missing (planning sco 2025)");
    }

    [Fact]
    public void Load_BadYearFileName_IsRejected()
    {
        var path = config.Write("arshjul/sco_2025.yaml", SampleYaml.YearFile);

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(config.Root), path, 1, 1,
            "a year file is named {organisation}-{yyyy}.yaml (e.g. sco-2025.yaml); only template.yaml is otherwise allowed here");
    }

    [Fact]
    public void Load_YearFileOfUnknownOrganisation_IsRejected()
    {
        var path = config.Write("arshjul/rar-2025.yaml", SampleYaml.YearFile);

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(config.Root), path, 1, 1, "unknown organisation 'rar' in the file name (known: sco)");
    }

    [Fact]
    public void Load_MissingTemplate_NamesTheFile()
    {
        var template = Path.Combine(config.Root, "arshjul", "template.yaml");
        File.Delete(template);

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(config.Root), template, 1, 1, "file not found");
    }

    [Fact]
    public void Load_NoOrganisations_IsRejected()
    {
        File.Delete(Path.Combine(config.Root, "organisations", "sco.yaml"));

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(config.Root), Path.Combine(config.Root, "organisations"), 1, 1,
            "no organisation files (*.yaml)");
    }

    [Fact]
    public void Load_EmptyFile_IsRejected()
    {
        var template = config.Write("arshjul/template.yaml", "# nothing yet\n");

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(config.Root), template, 1, 1, "the file is empty");
    }
}
