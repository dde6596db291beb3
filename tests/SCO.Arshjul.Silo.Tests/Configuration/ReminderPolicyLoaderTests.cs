using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders.Policy;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.Configuration;

public sealed class ReminderPolicyLoaderTests : IDisposable
{
    private readonly TempConfigDirectory config = new TempConfigDirectory().WithDefaults();

    public void Dispose() => config.Dispose();

    [Fact]
    public void Load_SampleFile_ReadsEveryKind()
    {
        var policy = ReminderPolicyLoader.Load(Path.Combine(RepositoryRoot.Config.FullName, ReminderPolicyLoader.FileName));

        Assert.Equal((new LocalTime(9, 0), "Europe/Stockholm"), (policy.At, policy.TimeZoneId));
        Assert.Equal(new MeetingReminderPolicy(14, 7, DayBefore: true, MinutesApprovalDaysAfter: 3), policy.Meetings);
        Assert.Equal([14, 3, 0], policy.Decisions.Offsets);
        Assert.Equal([7, 0], policy.WorkEnvironmentTasks.Offsets);
        Assert.Equal([30, 14, 3, 0], policy.Deadlines.For(DeadlineCategory.AnnualReport).Offsets);
        Assert.Equal([3, 0], policy.Deadlines.For(DeadlineCategory.StatusReport).Offsets);
        Assert.Equal([14, 3, 0], policy.Deadlines.For(DeadlineCategory.EsfReport).Offsets);
        Assert.All([policy.Decisions, policy.InternalControls, policy.Deadlines.For(DeadlineCategory.StatusReport)], p => Assert.True(p.WeeklyWhileOverdue));
    }

    [Fact]
    public void Load_KeysLeftOut_TakeDefaultsAndCategoriesInheritTheDeadlineDefault()
    {
        var path = config.Write(ReminderPolicyLoader.FileName, """
            at: "07:30"
            meetings:
              invitationDaysBefore: 21
              papersDaysBefore: off
            deadlines:
              default: { daysBefore: [10], weeklyWhileOverdue: false }
              status-report: { daysBefore: [] }
            """);

        var policy = ReminderPolicyLoader.Load(path);

        Assert.Equal((new LocalTime(7, 30), ReminderPolicy.StockholmZoneId), (policy.At, policy.TimeZoneId));
        Assert.Equal(new MeetingReminderPolicy(21, null, DayBefore: true, MinutesApprovalDaysAfter: 3), policy.Meetings);
        Assert.Equal(DueReminderPolicy.Default.Offsets, policy.Decisions.Offsets);
        var annualReport = policy.Deadlines.For(DeadlineCategory.AnnualReport);
        var statusReport = policy.Deadlines.For(DeadlineCategory.StatusReport);
        Assert.Equal([10, 0], annualReport.Offsets);
        Assert.Equal([0], statusReport.Offsets);
        Assert.False(annualReport.WeeklyWhileOverdue || statusReport.WeeklyWhileOverdue);
    }

    [Theory]
    [InlineData("at: \"9\"", 1, 5, "bad time '9' for at (expected HH:mm, e.g. 09:00)")]
    [InlineData("timeZone: Europe/Stokholm", 1, 11, "unknown time zone 'Europe/Stokholm' (a TZDB id, e.g. Europe/Stockholm)")]
    [InlineData("meetings:\n  invitation: 14", 2, 3,
        "unknown key 'invitation' (known: invitationDaysBefore, papersDaysBefore, dayBefore, minutesApprovalDaysAfter)")]
    [InlineData("meetings:\n  papersDaysBefore: 0", 2, 21, "papersDaysBefore '0' is not a whole number 1–365")]
    [InlineData("decisions:\n  daysBefore: [14, 3, 14]", 2, 23, "daysBefore lists 14 twice")]
    [InlineData("samTasks:\n  onTheDay: ja", 2, 13, "onTheDay 'ja' is not true or false")]
    [InlineData("deadlines:\n  arsredovisning: { daysBefore: [30] }", 2, 3,
        "unknown key 'arsredovisning' (known: default, annual-report, interim-report, business-plan-and-budget, status-report, budget-follow-up, esf-report, other)")]
    [InlineData("reminders: {}", 1, 1,
        "unknown key 'reminders' (known: description, at, timeZone, meetings, decisions, internalControls, samTasks, deadlines)")]
    public void Load_WrongValue_NamesFileLineAndColumn(string yaml, int line, int column, string reason)
    {
        var path = config.Write(ReminderPolicyLoader.FileName, yaml);

        ConfigAssert.Fails(() => ReminderPolicyLoader.Load(path), path, line, column, reason);
    }

    [Fact]
    public void ConfigurationLoad_WithRemindersFile_ReturnsThePolicy()
    {
        config.Write(ReminderPolicyLoader.FileName, "meetings: { dayBefore: false }");

        var loaded = ArshjulConfigurationLoader.Load(config.Root);

        Assert.False(loaded.Reminders.Meetings.DayBefore);
    }

    [Fact]
    public void ConfigurationLoad_WithoutRemindersFile_UsesTheDefaults()
    {
        Assert.Same(ReminderPolicy.Default, ArshjulConfigurationLoader.Load(config.Root).Reminders);
    }

    [Fact]
    public void ConfigurationLoad_BadRemindersFile_FailsTheWholeLoad()
    {
        var path = config.Write(ReminderPolicyLoader.FileName, "decisions:\n  daysBefore: [400]");

        ConfigAssert.Fails(() => ArshjulConfigurationLoader.Load(config.Root), path, 2, 16, "daysBefore '400' is not a whole number 1–365");
    }
}
