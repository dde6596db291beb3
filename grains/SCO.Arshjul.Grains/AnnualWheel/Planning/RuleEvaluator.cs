using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel.Template;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>Expands a <see cref="RecurrenceRule"/> into the dates it gives in one year, before any holiday shift.</summary>
public static class RuleEvaluator
{
    /// <summary>
    /// The dates of <paramref name="rule"/> in <paramref name="year"/>, in date order. <paramref name="meetingDates"/>
    /// answers a <see cref="SameDayAsMeetingRule"/>: the planned dates of a meeting activity (null if there is none).
    /// </summary>
    public static IReadOnlyList<LocalDate> Evaluate(
        RecurrenceRule rule, int year, Func<string, IReadOnlyList<LocalDate>?> meetingDates)
    {
        IEnumerable<LocalDate> dates = rule switch
        {
            MonthlyRule monthly => Enumerable.Range(1, 12)
                .Where(m => !monthly.ExceptMonths.Contains(m))
                .Select(m => Resolve(monthly.Day, year, m)),
            MonthsRule months => months.Months.Select(m => Resolve(months.Day, year, m)),
            QuarterlyRule quarterly => Enumerable.Range(0, 4)
                .Select(q => Resolve(quarterly.Day, year, (3 * q) + CheckMonthOfQuarter(quarterly.MonthOfQuarter))),
            YearlyDateRule yearly => [yearly.Date.InYear(year)],
            ExplicitRule explicitRule => explicitRule.Occurrences.Select(o => Resolve(o.Day, year, o.Month)),
            SameDayAsMeetingRule sameDay => sameDay.Months.Select(m => SameDayAs(sameDay.ActivityId, m, meetingDates)),
            _ => throw new WheelPlanningException($"unknown rule form {rule.GetType().Name}"),
        };
        return [.. dates.Order()];
    }

    /// <summary>The day <paramref name="day"/> names in <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static LocalDate Resolve(DaySpec day, int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw new WheelPlanningException($"month {month} is not 1–12");
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day switch
        {
            DayOfMonthSpec { Day: > 0 } fixedDay => new LocalDate(year, month, Math.Min(fixedDay.Day, daysInMonth)),
            DayOfMonthSpec { Day: < 0 and >= -28 } fromEnd => new LocalDate(year, month, daysInMonth + fromEnd.Day + 1),
            NthWeekdaySpec { Nth: >= 1 and <= 4 } nth => FirstOnOrAfter(new LocalDate(year, month, 1), nth.Weekday).PlusWeeks(nth.Nth - 1),
            NthWeekdaySpec { Nth: -1 } last => LastOnOrBefore(new LocalDate(year, month, daysInMonth), last.Weekday),
            _ => throw new WheelPlanningException($"day {day} is not a valid day of the month (1–31 or -1 for the last; nth 1–4 or -1)"),
        };
    }

    private static int CheckMonthOfQuarter(int monthOfQuarter) => monthOfQuarter is >= 1 and <= 3
        ? monthOfQuarter
        : throw new WheelPlanningException($"month of quarter {monthOfQuarter} is not 1–3");

    private static LocalDate SameDayAs(string activityId, int month, Func<string, IReadOnlyList<LocalDate>?> meetingDates)
    {
        var dates = meetingDates(activityId)
            ?? throw new WheelPlanningException($"'{activityId}' is not a meeting activity", activityId);
        var inMonth = dates.Where(d => d.Month == month).ToList();
        return inMonth.Count == 1
            ? inMonth[0]
            : throw new WheelPlanningException(
                $"'{activityId}' has {inMonth.Count} meetings in {SwedishNames.Months[month - 1]}, so 'the day of its meeting' is ambiguous or missing",
                activityId);
    }

    private static LocalDate FirstOnOrAfter(LocalDate date, IsoDayOfWeek weekday) =>
        date.DayOfWeek == weekday ? date : date.Next(weekday);

    private static LocalDate LastOnOrBefore(LocalDate date, IsoDayOfWeek weekday) =>
        date.DayOfWeek == weekday ? date : date.Previous(weekday);
}
