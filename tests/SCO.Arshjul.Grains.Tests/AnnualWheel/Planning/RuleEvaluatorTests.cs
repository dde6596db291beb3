using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using static SCO.Arshjul.Grains.Tests.AnnualWheel.Planning.PlanningFixtures;

namespace SCO.Arshjul.Grains.Tests.AnnualWheel.Planning;

public sealed class RuleEvaluatorTests
{
    private static readonly Func<string, IReadOnlyList<LocalDate>?> NoMeetings = _ => null;

    [Fact]
    public void Evaluate_MonthlyExceptJuly_GivesElevenSecondFridays()
    {
        var dates = RuleEvaluator.Evaluate(new MonthlyRule(SecondFriday, [7]), 2025, NoMeetings);

        Assert.Equal(11, dates.Count);
        Assert.DoesNotContain(dates, d => d.Month == 7);
        Assert.All(dates, d => Assert.Equal(IsoDayOfWeek.Friday, d.DayOfWeek));
        Assert.All(dates, d => Assert.InRange(d.Day, 8, 14));
        Assert.Equal(Date("2025-01-10"), dates[0]);
    }

    [Fact]
    public void Evaluate_MonthList_GivesLastThursdayOfAprilAndOctober()
    {
        var dates = RuleEvaluator.Evaluate(new MonthsRule([10, 4], new NthWeekdaySpec(-1, IsoDayOfWeek.Thursday)), 2025, NoMeetings);

        Assert.Equal([Date("2025-04-24"), Date("2025-10-30")], dates);
    }

    [Fact]
    public void Evaluate_Quarterly_GivesFirstMonthOfEachQuarter()
    {
        var dates = RuleEvaluator.Evaluate(new QuarterlyRule(1, new DayOfMonthSpec(15)), 2025, NoMeetings);

        Assert.Equal([Date("2025-01-15"), Date("2025-04-15"), Date("2025-07-15"), Date("2025-10-15")], dates);
    }

    [Fact]
    public void Evaluate_QuarterlyThirdMonth_GivesQuarterEnds()
    {
        var dates = RuleEvaluator.Evaluate(new QuarterlyRule(3, new DayOfMonthSpec(-1)), 2025, NoMeetings);

        Assert.Equal([Date("2025-03-31"), Date("2025-06-30"), Date("2025-09-30"), Date("2025-12-31")], dates);
    }

    [Fact]
    public void Evaluate_YearlyDate_GivesThatDateEveryYear()
    {
        Assert.Equal([Date("2025-04-30")], RuleEvaluator.Evaluate(Yearly(4, 30), 2025, NoMeetings));
        Assert.Equal([Date("2027-02-28")], RuleEvaluator.Evaluate(Yearly(2, 29), 2027, NoMeetings));
    }

    [Fact]
    public void Evaluate_ExplicitOccurrences_GivesFourPerTermInOrder()
    {
        var tuesday = IsoDayOfWeek.Tuesday;
        var rule = new ExplicitRule(
        [
            new(3, new NthWeekdaySpec(3, tuesday)), new(2, new NthWeekdaySpec(2, tuesday)),
            new(3, new NthWeekdaySpec(1, tuesday)), new(5, new DayOfMonthSpec(20)),
        ]);

        var dates = RuleEvaluator.Evaluate(rule, 2025, NoMeetings);

        Assert.Equal([Date("2025-02-11"), Date("2025-03-04"), Date("2025-03-18"), Date("2025-05-20")], dates);
    }

    [Theory]
    [InlineData(15, "2025-02-15")]
    [InlineData(31, "2025-02-28")] // past the month's end: its last day
    [InlineData(-1, "2025-02-28")]
    [InlineData(-2, "2025-02-27")]
    public void Resolve_DayOfMonth_CountsFromStartOrEnd(int day, string expected) =>
        Assert.Equal(Date(expected), RuleEvaluator.Resolve(new DayOfMonthSpec(day), 2025, 2));

    [Theory]
    [InlineData(1, "2025-05-02")]
    [InlineData(4, "2025-05-23")]
    [InlineData(-1, "2025-05-30")]
    public void Resolve_NthFriday_InMay2025(int nth, string expected) =>
        Assert.Equal(Date(expected), RuleEvaluator.Resolve(new NthWeekdaySpec(nth, IsoDayOfWeek.Friday), 2025, 5));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-2)]
    public void Resolve_NthOutOfRange_Throws(int nth) =>
        Assert.Throws<WheelPlanningException>(() => RuleEvaluator.Resolve(new NthWeekdaySpec(nth, IsoDayOfWeek.Friday), 2025, 5));

    [Fact]
    public void Resolve_MonthThirteen_Throws() =>
        Assert.Throws<WheelPlanningException>(() => RuleEvaluator.Resolve(new DayOfMonthSpec(1), 2025, 13));

    [Fact]
    public void Evaluate_SameDayAsMeeting_TakesTheMeetingsDateInEachMonth()
    {
        IReadOnlyList<LocalDate> board = [Date("2025-04-11"), Date("2025-11-14")];

        var dates = RuleEvaluator.Evaluate(new SameDayAsMeetingRule("styrelsemote", [11, 4]), 2025, id => id == "styrelsemote" ? board : null);

        Assert.Equal(board, dates);
    }

    [Fact]
    public void Evaluate_SameDayAsMeetingWithNoneThatMonth_ThrowsNamingActivity()
    {
        IReadOnlyList<LocalDate> board = [Date("2025-04-11")];

        var error = Assert.Throws<WheelPlanningException>(() =>
            RuleEvaluator.Evaluate(new SameDayAsMeetingRule("styrelsemote", [7]), 2025, _ => board));

        Assert.Equal("styrelsemote", error.ActivityId);
        Assert.Contains("juli", error.Message, StringComparison.Ordinal);
    }
}
