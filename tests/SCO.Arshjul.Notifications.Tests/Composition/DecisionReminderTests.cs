using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary>A decision's due-date reminders: personal, to its responsible person and the förbundschef.</summary>
public sealed class DecisionReminderTests
{
    private const string Reference = "SCÖ 2024-2.13";
    private static readonly LocalDate Due = new(2025, 3, 14);

    [Fact]
    public async Task DueBefore_ResponsibleIsNotTheDirector_OneCombinableNotificationEach()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var key = await host.DecisionAsync(Reference, "Verksamhetsplan och budget 2025", Due, R.Staff, DecisionStatus.InProgress);
        var occurrence = Occurrences.Due(key, WheelItemKind.Decision, 14, StockholmClock.At(2025, 2, 28, 8));

        var outcome = await host.HandleAsync(occurrence);

        Assert.Equal(2, outcome.Written);
        Assert.Equal(
            [($"{occurrence.Key}/{R.Staff}", R.Staff, "ansvarig"), ($"{occurrence.Key}/{R.Director}", R.Director, "förbundschef")],
            host.Outbox.Written.Select(n => (n.IdempotencyKey, Assert.Single(n.Recipients).PersonId, n.Recipients[0].Role)));
        Assert.All(host.Outbox.Written, n =>
        {
            Assert.Equal((NotificationKind.DueReminder, true, key), (n.Kind, n.Combinable, n.ItemKey));
            Assert.Equal("Påminnelse: Beslut SCÖ 2024-2.13 ska vara verkställt senast fredag 14 mars 2025 (om 14 dagar)", n.Subject);
            Assert.Contains("Beslut SCÖ 2024-2.13: Verksamhetsplan och budget 2025", n.Body, StringComparison.Ordinal);
            Assert.Contains("Status: pågår", n.Body, StringComparison.Ordinal);
            Assert.Contains("Ansvarig: Sam Medarbetare", n.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task DueBefore_ResponsibleIsTheDirector_WritesOneNotification()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var key = await host.DecisionAsync(Reference, "Verksamhetsplan och budget 2025", Due, R.Director);

        var outcome = await host.HandleAsync(Occurrences.Due(key, WheelItemKind.Decision, 0, StockholmClock.At(2025, 3, 14, 8)));

        Assert.Equal(1, outcome.Written);
        var notification = Assert.Single(host.Outbox.Written);
        Assert.Equal(R.Director, Assert.Single(notification.Recipients).PersonId);
        Assert.EndsWith("senast fredag 14 mars 2025 (i dag)", notification.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_DecisionStillInProgress_SaysHowManyDaysLate()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var key = await host.DecisionAsync(Reference, "Verksamhetsplan och budget 2025", Due, R.Director, DecisionStatus.InProgress);

        await host.HandleAsync(Occurrences.Overdue(key, WheelItemKind.Decision, StockholmClock.At(2025, 3, 21, 8)));

        var overdue = Assert.Single(host.Outbox.Written);
        Assert.Equal(NotificationKind.Overdue, overdue.Kind);
        Assert.Equal("Försenat: Beslut SCÖ 2024-2.13 skulle ha varit verkställt senast fredag 14 mars 2025 (7 dagar sent)", overdue.Subject);
        Assert.Contains("försenat 7 dagar", overdue.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { DecisionStatus.InProgress, DecisionStatus.Executed }, "decision is Executed")]
    [InlineData(new[] { DecisionStatus.InProgress, DecisionStatus.Executed, DecisionStatus.ReportedBack }, "decision is ReportedBack")]
    [InlineData(new[] { DecisionStatus.Cancelled }, "decision is Cancelled")]
    public async Task DueBefore_DecisionDone_WritesNothingAndSaysWhy(DecisionStatus[] steps, string reason)
    {
        await using var host = await CompositionTestHost.StartAsync();
        var key = await host.DecisionAsync(Reference, "Verksamhetsplan och budget 2025", Due, R.Director, steps);

        var outcome = await host.HandleAsync(Occurrences.Due(key, WheelItemKind.Decision, 14, StockholmClock.At(2025, 2, 28, 8)));

        Assert.Equal(new(0, reason), outcome);
        Assert.Empty(host.Outbox.Written);
    }

    [Fact]
    public async Task DueBefore_SameOccurrenceTwice_WritesNothingTheSecondTime()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var key = await host.DecisionAsync(Reference, "Verksamhetsplan och budget 2025", Due, R.Staff);
        var occurrence = Occurrences.Due(key, WheelItemKind.Decision, 14, StockholmClock.At(2025, 2, 28, 8));
        await host.HandleAsync(occurrence);

        var second = await host.HandleAsync(occurrence);

        Assert.Equal(0, second.Written);
        Assert.Equal(2, host.Outbox.Written.Count);
    }
}
