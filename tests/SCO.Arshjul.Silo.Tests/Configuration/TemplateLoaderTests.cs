using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Tests.Configuration;

public sealed class TemplateLoaderTests : IDisposable
{
    private readonly TempConfigDirectory config = new();
    private readonly OrganisationDefinition organisation;

    public TemplateLoaderTests() =>
        organisation = OrganisationLoader.Load(config.Write("organisations/sco.yaml", SampleYaml.Organisation));

    public void Dispose() => config.Dispose();

    [Fact]
    public void Load_ValidTemplate_ReadsActivitiesRulesAndControls()
    {
        var template = TemplateLoader.Load(config.Write("arshjul/template.yaml", SampleYaml.Template), [organisation]);

        var board = template.Activities[0];
        Assert.Equal((ActivityKind.Meeting, MeetingKind.BoardMeeting, "Styrelsemöte"), (board.Kind, board.MeetingKind, board.Title));
        var monthly = Assert.IsType<MonthlyRule>(board.When);
        Assert.Equal([1, 7], monthly.ExceptMonths);
        Assert.Equal(new NthWeekdaySpec(2, IsoDayOfWeek.Friday), monthly.Day);
        Assert.Equal((new LocalTime(9, 0), new LocalTime(12, 0), 1), (board.Start!.Value, board.End!.Value, board.Days));
        Assert.Equal(["Ekonomisk rapport (utfall och prognos)"], board.Agenda);
        var sameDay = Assert.IsType<SameDayAsMeetingRule>(template.Activities[1].When);
        Assert.Equal(("styrelsemote", 4), (sameDay.ActivityId, Assert.Single(sameDay.Months)));
        Assert.Equal(DeadlineCategory.AnnualReport, template.Activities[1].DeadlineCategory);
        var rond = template.Activities[2];
        Assert.Equal(ActivityKind.WorkEnvironmentTask, rond.Kind);
        Assert.Equal([5, 11], Assert.IsType<MonthsRule>(rond.When).Months);
        Assert.Equal(ResponsibleParty.Director, rond.Responsible);
        var control = Assert.Single(template.InternalControl.Controls);
        Assert.Equal(("attest", 2, 3, (string?)null), (control.Id, control.Probability, control.Consequence, control.Responsible));
        Assert.Equal(new YearlyDateRule(new AnnualDate(10, 15)), template.InternalControl.FollowUp);
    }

    [Theory]
    [InlineData("{ every: quarter, monthOfQuarter: 2, day: last }", typeof(QuarterlyRule))]
    [InlineData("{ date: 04-30 }", typeof(YearlyDateRule))]
    [InlineData("{ occurrences: [{ month: mars, weekday: tisdag, nth: 1 }, { month: 3, day: 20 }] }", typeof(ExplicitRule))]
    [InlineData("{ months: [april, oktober], weekday: thursday, nth: last }", typeof(MonthsRule))]
    public void Load_EveryRuleForm_IsRead(string when, Type expected)
    {
        var template = Load(SampleYaml.Template.Replace("{ months: [maj, november], day: 15 }", when, StringComparison.Ordinal));

        Assert.IsType(expected, template.Activities[2].When);
    }

    [Theory]
    [InlineData("bodies: [styrelse]\n    when: { every", "bodies: [styrelsen]\n    when: { every", 6, 14, "unknown body 'styrelsen' (known: styrelse, kansli)")]
    [InlineData("{ every: month, except", "{ each: month, except", 7, 11, "unknown rule form: give one of every, months, date, occurrences, meeting")]
    [InlineData("{ date: 10-15 }", "{ date: 10-15, months: [1] }", 24, 13, "a rule takes one of every, months, date, occurrences, meeting, not months and date")]
    [InlineData("every: month,", "every: week,", 7, 20, "unknown frequency 'week' (known: month, månad, quarter, kvartal)")]
    [InlineData("except: [januari, 7]", "except: [januari, 13]", 7, 45, "month '13' is not a whole number 1–12")]
    [InlineData("weekday: fredag, nth: 2", "weekday: fredag, nth: 5", 7, 71, "nth '5' is not a whole number 1–4")]
    [InlineData("weekday: fredag, nth: 2", "weekday: fre, nth: 2", 7, 58, "unknown weekday 'fre' (known: måndag, tisdag, onsdag, torsdag, fredag, lördag, söndag, monday, tuesday, wednesday, thursday, friday, saturday, sunday)")]
    [InlineData("weekday: fredag, nth: 2", "nth: 2", 7, 11, "missing field 'weekday'")]
    [InlineData("[maj, november], day: 15", "[maj, november]", 20, 11, "missing day: give 'day' (1–31, or last) or 'weekday' with 'nth' (1–4, or last)")]
    [InlineData("end: \"12:00\"", "end: \"08:00\"", 9, 10, "end 08:00 is before or at start 09:00")]
    [InlineData("end: \"12:00\"", "end: \"12.00\"", 9, 10, "bad time '12.00' for end (expected HH:mm, e.g. 09:00)")]
    [InlineData("probability: 2", "probability: 5", 29, 20, "probability '5' is not a whole number 1–4")]
    [InlineData("consequence: 3", "consequence: 0", 30, 20, "consequence '0' is not a whole number 1–4")]
    [InlineData("id: skyddsrond", "id: styrelsemote", 17, 9, "duplicate activity id 'styrelsemote'")]
    [InlineData("{previousYear}", "{forraAret}", 14, 12, "unknown placeholder '{forraAret}' in title (known: year, previousYear, nextYear, month)")]
    [InlineData("[Ekonomisk rapport (utfall och prognos)]", "[\"Rapport {manad}\"]", 10, 14, "unknown placeholder '{manad}' in agenda item (known: year, previousYear, nextYear, month)")]
    [InlineData("{ meeting: styrelsemote, months: [april] }", "{ meeting: styrelse, months: [april] }", 16, 22, "unknown meeting activity 'styrelse' (known: styrelsemote)")]
    [InlineData("{ meeting: styrelsemote, months: februari }", "{ every: month, day: 1 }", 23, 12, "'adoptBy' must give one date a year, but this rule gives 12")]
    [InlineData("responsible: förbundschef", "responsible: revisor", 21, 18, "nobody in sco holds the role 'revisor'")]
    [InlineData("responsible: förbundschef", "responsible: okand-person", 21, 18, "unknown person 'okand-person' in sco")]
    [InlineData("type: sam", "type: arbetsmiljo", 18, 11, "unknown type 'arbetsmiljo' (known: meeting, deadline, sam)")]
    [InlineData("kind: annual-report", "kind: arsredovisning", 13, 11, "unknown deadline category 'arsredovisning' (known: annual-report, interim-report, business-plan-and-budget, status-report, budget-follow-up, esf-report, other)")]
    [InlineData("    title: Skyddsrond\n", "", 17, 5, "missing field 'title'")]
    [InlineData("      method: Stickprov\n", "      method: Stickprov\n      responsible: bo-berg\n", 32, 20, "'bo-berg' is not an internkontrollant (known: anna-ek)")]
    public void Load_Error_NamesFileLineAndColumn(string find, string replace, int line, int column, string reason)
    {
        var path = config.Write("arshjul/template.yaml", SampleYaml.Template.Replace(find, replace, StringComparison.Ordinal));

        ConfigAssert.Fails(() => TemplateLoader.Load(path, [organisation]), path, line, column, reason);
    }

    [Fact]
    public void Load_MeetingTakingItsDatesFromAMeeting_IsRejected()
    {
        var yaml = SampleYaml.Template.Replace("{ every: month, except: [januari, 7], weekday: fredag, nth: 2 }", "{ meeting: styrelsemote, months: [3] }", StringComparison.Ordinal);
        var path = config.Write("arshjul/template.yaml", yaml);

        ConfigAssert.Fails(() => TemplateLoader.Load(path, [organisation]), path, 7, 22, "meeting 'styrelsemote' cannot take its dates from another meeting");
    }

    [Fact]
    public void Load_BodyMissingInOneOfTwoOrganisations_NamesTheOrganisation()
    {
        var other = organisation with { Id = "other", Bodies = [organisation.Bodies[1]] };
        var path = config.Write("arshjul/template.yaml", SampleYaml.Template);

        ConfigAssert.Fails(() => TemplateLoader.Load(path, [organisation, other]), path, 6, 14, "unknown body 'styrelse' (known: kansli) (organisation other)");
    }

    private WheelTemplate Load(string yaml) => TemplateLoader.Load(config.Write("arshjul/template.yaml", yaml), [organisation]);
}
