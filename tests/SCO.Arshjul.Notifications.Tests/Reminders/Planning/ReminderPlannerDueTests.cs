using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Notifications.Reminders.Policy;
using static SCO.Arshjul.Notifications.Tests.Reminders.Planning.TestSubjects;

namespace SCO.Arshjul.Notifications.Tests.Reminders.Planning;

public sealed class ReminderPlannerDueTests
{
    private static readonly ReminderPolicy Policy = ReminderPolicy.Default;
    private static readonly Instant EarlyNow = Utc(2026, 1, 5, 12);

    [Fact]
    public void Plan_DeadlineWithDefaultPolicy_RemindsDaysBeforeOnTheDayAndFirstOverdueSlot()
    {
        var plan = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 29)), Policy, EarlyNow);

        // Friday 29 May 2026; CEST, so 09:00 in Stockholm is 07:00 UTC.
        Assert.Equal(
            [
                ($"{DeadlineKey}/due-14d", ReminderKind.DueBefore, (int?)14, Utc(2026, 5, 15, 7)),
                ($"{DeadlineKey}/due-3d", ReminderKind.DueBefore, 3, Utc(2026, 5, 26, 7)),
                ($"{DeadlineKey}/due-0d", ReminderKind.DueBefore, 0, Utc(2026, 5, 29, 7)),
                ($"{DeadlineKey}/overdue/2026-06-05", ReminderKind.Overdue, null, Utc(2026, 6, 5, 7)),
            ],
            plan.Select(o => (o.Key, o.Kind, o.DaysBefore, o.FireAt)));
        Assert.All(plan, o => Assert.Equal(("sco", DeadlineKey, WheelItemKind.Deadline, (string?)null), (o.OrganisationId, o.ItemKey, o.ItemKind, o.SubItemId)));
    }

    [Theory]
    [InlineData(2026, 3, 30, 7)] // Monday after the spring change: CEST, UTC+2
    [InlineData(2026, 10, 26, 8)] // Monday after the autumn change: CET, UTC+1
    public void Plan_OnTheDayAcrossDaylightSaving_FiresAtNineStockholmTime(int year, int month, int day, int utcHour)
    {
        var plan = ReminderPlanner.Plan(Deadline(new LocalDate(year, month, day)), Policy, EarlyNow);

        Assert.Equal(Utc(year, month, day, utcHour), plan.Single(o => o.Key.EndsWith("/due-0d", StringComparison.Ordinal)).FireAt);
    }

    [Fact]
    public void Plan_ReminderOnWeekendOrHoliday_MovesToTheWorkingDayBefore()
    {
        // Due Thursday 28 May 2026: 14 days before is Kristi himmelsfärdsdag (14 May), 3 days before is Monday 25 May.
        var ascension = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 28)), Policy, EarlyNow);
        Assert.Equal(Utc(2026, 5, 13, 7), ascension.Single(o => o.DaysBefore == 14).FireAt);

        // A decision due on Saturday 6 June (nationaldagen): on the day means Friday 5 June; 3 days before is Wednesday 3 June.
        var nationalDay = ReminderPlanner.Plan(Decision(new LocalDate(2026, 6, 6)), Policy, EarlyNow);
        Assert.Equal(Utc(2026, 6, 5, 7), nationalDay.Single(o => o.DaysBefore == 0).FireAt);
        Assert.Equal(Utc(2026, 6, 3, 7), nationalDay.Single(o => o.DaysBefore == 3).FireAt);
    }

    [Fact]
    public void Plan_TwoOffsetsOnTheSameWorkingDay_KeepsTheSmallerOne()
    {
        var policy = Policy with { Decisions = new DueReminderPolicy([2, 1], OnTheDay: true, WeeklyWhileOverdue: false) };

        // Due Monday 8 June 2026: 2 and 1 days before are Saturday and Sunday, both moved to Friday 5 June.
        var plan = ReminderPlanner.Plan(Decision(new LocalDate(2026, 6, 8)), policy, EarlyNow);

        Assert.Equal([(1, Utc(2026, 6, 5, 7)), (0, Utc(2026, 6, 8, 7))], plan.Select(o => (o.DaysBefore!.Value, o.FireAt)));
    }

    [Fact]
    public void Plan_Overdue_YieldsOnlyTheNextSlotAfterNow()
    {
        var due = new LocalDate(2026, 5, 29);

        var plan = ReminderPlanner.Plan(Deadline(due), Policy, Utc(2026, 6, 10, 12));

        var overdue = Assert.Single(plan, o => o.Kind == ReminderKind.Overdue);
        Assert.Equal(($"{DeadlineKey}/overdue/2026-06-12", Utc(2026, 6, 12, 7)), (overdue.Key, overdue.FireAt));
        // At the slot's own instant it has fired: the next one is a week later.
        var atSlot = ReminderPlanner.Plan(Deadline(due), Policy, Utc(2026, 6, 12, 7));
        Assert.Equal($"{DeadlineKey}/overdue/2026-06-19", Assert.Single(atSlot, o => o.Kind == ReminderKind.Overdue).Key);
    }

    [Fact]
    public void Plan_OverdueSlotOnAHoliday_MovesToTheWorkingDayBeforeAndKeepsItsKey()
    {
        // Due Friday 18 December 2026: due + 7 is juldagen; julafton is not a working day either, so Wednesday 23 December (CET).
        var plan = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 12, 18)), Policy, Utc(2026, 12, 20, 12));

        var overdue = Assert.Single(plan, o => o.Kind == ReminderKind.Overdue);
        Assert.Equal(($"{DeadlineKey}/overdue/2026-12-25", Utc(2026, 12, 23, 8)), (overdue.Key, overdue.FireAt));
    }

    [Fact]
    public void Plan_DoneOrCancelledItem_HasNoReminders()
    {
        Assert.Empty(ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 29), done: true), Policy, EarlyNow));
        Assert.Empty(ReminderPlanner.Plan(Decision(new LocalDate(2026, 5, 29), done: true), Policy, EarlyNow));
        Assert.Empty(ReminderPlanner.Plan(Decision(new LocalDate(2026, 5, 29), cancelled: true), Policy, EarlyNow));
    }

    [Fact]
    public void Plan_ItemCreatedAfterSomeReminders_DropsThoseBeforeItExisted()
    {
        // Created on Tuesday 26 May at 10:00 Stockholm: the 14-day and the 3-day (09:00 that morning) reminders are gone.
        var plan = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 29), created: Utc(2026, 5, 26, 8)), Policy, Utc(2026, 5, 26, 8));

        Assert.Equal([$"{DeadlineKey}/due-0d", $"{DeadlineKey}/overdue/2026-06-05"], plan.Select(o => o.Key));
    }

    [Theory]
    [InlineData(5, 30, 0)] // created the day after its due date: born overdue, no weekly reminders
    [InlineData(9, 1, 0)] // a wheel first generated in September, for an item due in May
    [InlineData(5, 29, 1)] // created on its due date, after the on-the-day reminder: still reminded once it is overdue
    public void Plan_ItemCreatedAfterItsDueDate_HasNoOverdueReminders(int month, int day, int overdueReminders)
    {
        var created = new LocalDate(2026, month, day).At(new LocalTime(10, 0)).InZoneStrictly(Policy.Zone).ToInstant();

        var plan = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 29), created: created), Policy, created);

        Assert.Equal(overdueReminders, plan.Count(o => o.Kind == ReminderKind.Overdue));
        Assert.DoesNotContain(plan, o => o.FireAt < created);
    }

    [Fact]
    public void Plan_SameItemPlannedAgain_KeepsKeysAndReTimesMovedDates()
    {
        var first = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 29)), Policy, EarlyNow);
        var again = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 29)), Policy, EarlyNow.Plus(Duration.FromDays(30)));
        var moved = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 6, 12)), Policy, EarlyNow);

        Assert.Equal(first, again);
        Assert.Equal(first.Where(o => o.Kind == ReminderKind.DueBefore).Select(o => o.Key), moved.Where(o => o.Kind == ReminderKind.DueBefore).Select(o => o.Key));
        Assert.Equal(Utc(2026, 6, 12, 7), moved.Single(o => o.DaysBefore == 0).FireAt);
    }

    [Fact]
    public void Plan_DeadlineCategoryWithOwnPolicy_UsesIt()
    {
        var statusReports = new DueReminderPolicy([3], OnTheDay: false, WeeklyWhileOverdue: false);
        var policy = Policy with
        {
            Deadlines = new DeadlineReminderPolicy(DueReminderPolicy.Default, new Dictionary<DeadlineCategory, DueReminderPolicy> { [DeadlineCategory.StatusReport] = statusReports }),
        };

        var plan = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 29), DeadlineCategory.StatusReport), policy, EarlyNow);

        Assert.Equal([$"{DeadlineKey}/due-3d"], plan.Select(o => o.Key));
        Assert.Equal(4, ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 29)), policy, EarlyNow).Count);
    }

    [Fact]
    public void Plan_Control_KeysCarryTheControlId()
    {
        var plan = ReminderPlanner.Plan(Control("sco/internal-control/2026", "attest", new LocalDate(2026, 6, 1)), Policy, Utc(2026, 6, 4, 12));

        Assert.Contains("sco/internal-control/2026/attest/overdue/2026-06-08", plan.Select(o => o.Key));
        Assert.All(plan, o => Assert.Equal(("sco/internal-control/2026", "attest"), (o.ItemKey, o.SubItemId!)));
    }

    [Fact]
    public void Plan_LaterLocalTime_IsUsedForEveryReminder()
    {
        var plan = ReminderPlanner.Plan(Deadline(new LocalDate(2026, 5, 29)), Policy with { At = new LocalTime(13, 30) }, EarlyNow);

        Assert.All(plan, o => Assert.Equal(new LocalTime(13, 30), o.FireAt.InZone(Policy.Zone).TimeOfDay));
    }
}
