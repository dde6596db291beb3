using NodaTime;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Silo.Preview;

namespace SCO.Arshjul.Silo.Tests.Preview;

/// <summary>The preview's counts and flags: a notification on a weekend or holiday, a person over the day's threshold.</summary>
public sealed class PreviewSummaryTests
{
    private static readonly Recipient Annika = new("annika-westerlund", "Annika Westerlund", "annika.westerlund@example.org", "förbundschef");
    private static readonly Recipient Goran = new("goran-vikstrom", "Göran Vikström", "goran.vikstrom@example.org", "ledamot");

    [Fact]
    public void Of_NotificationsOnAHolidayAndAPersonOverTheThreshold_FlagsBothAndCountsPerKindAndPerson()
    {
        PreviewNotification[] notifications =
        [
            At(new LocalDateTime(2027, 1, 6, 9, 0), NotificationKind.DueReminder, Annika), // trettondedag jul
            At(new LocalDateTime(2027, 1, 11, 9, 0), NotificationKind.Invitation, Annika, Goran),
            At(new LocalDateTime(2027, 1, 11, 9, 0), NotificationKind.DueReminder, Annika),
            At(new LocalDateTime(2027, 1, 11, 9, 0), NotificationKind.Overdue, Annika),
            At(new LocalDateTime(2027, 1, 12, 9, 0), NotificationKind.DueReminder, Annika),
        ];

        var summary = PreviewSummary.Of(notifications, messages: 4, maxPerPersonPerDay: 2);

        Assert.Equal((5, 4, 2), (summary.Notifications, summary.Messages, summary.MaxPerPersonPerDay));
        Assert.Equal(new PreviewNonWorkingDay(new LocalDate(2027, 1, 6), "trettondedag jul", 1), Assert.Single(summary.NonWorkingDays));
        Assert.Equal(new PreviewBusyDay(Annika.PersonId, Annika.Name, new LocalDate(2027, 1, 11), 3), Assert.Single(summary.BusyDays));
        Assert.True(summary.IsBusy(Annika.PersonId, new LocalDate(2027, 1, 11)));
        Assert.False(summary.IsBusy(Goran.PersonId, new LocalDate(2027, 1, 11)));
        Assert.True(summary.IsNonWorking(new LocalDate(2027, 1, 6)));
        Assert.Equal(
            [(NotificationKind.Invitation, "Kallelse", 1), (NotificationKind.DueReminder, "Påminnelse om förfallodag", 3), (NotificationKind.Overdue, "Försenat", 1)],
            summary.PerKind.Select(k => (k.Kind, k.Label, k.Count)));
        Assert.Equal([("Annika Westerlund", 5), ("Göran Vikström", 1)], summary.PerPerson.Select(p => (p.Name, p.Count)));
    }

    [Fact]
    public async Task WriteSummaryAsync_Flags_AreSaidInSwedish()
    {
        var summary = PreviewSummary.Of(
            [At(new LocalDateTime(2027, 1, 9, 9, 0), NotificationKind.DueReminder, Annika), At(new LocalDateTime(2027, 1, 9, 9, 0), NotificationKind.Overdue, Annika)],
            messages: 1,
            maxPerPersonPerDay: 1);
        var result = new PreviewResult(
            "sco", "SCÖ", new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31), new LocalDateTime(2026, 11, 23, 9, 0), new LocalDateTime(2027, 1, 1, 0, 0),
            PreviewAssumption.PlanFollowed, new PreviewDelivery("file", "/data/outbox"), 0, [], summary);
        var output = new StringWriter();

        await PreviewTable.WriteSummaryAsync(result, output);

        Assert.Contains("FLAGGA helgdag: 2027-01-09 (lördag) 2 utskick", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("FLAGGA fler än 1 samma dag: Annika Westerlund 2027-01-09 (2)", output.ToString(), StringComparison.Ordinal);
    }

    private static PreviewNotification At(LocalDateTime at, NotificationKind kind, params Recipient[] recipients) =>
        new(at, kind, new PreviewItem("sco/deadline/x", "deadline", "X"), recipients, "Ämne", "file", Calendar: false);
}
