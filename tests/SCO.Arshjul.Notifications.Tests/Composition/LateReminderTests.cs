using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary>A reminder that fires well after its time (the silo was down) is marked late and says so.</summary>
public sealed class LateReminderTests
{
    private static readonly Instant FireAt = StockholmClock.At(2025, 2, 28, 8);

    [Theory]
    [InlineData(0, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public async Task HandleAsync_FiredMinutesAfterFireAt_IsLateOnlyPastTheThreshold(int minutesLate, bool late)
    {
        await using var host = await CompositionTestHost.StartAsync();
        var key = await host.DecisionAsync("SCÖ 2024-2.13", "Verksamhetsplan och budget 2025", new LocalDate(2025, 3, 14), R.Director);

        await host.HandleAsync(Occurrences.Due(key, WheelItemKind.Decision, 14, FireAt), FireAt + Duration.FromMinutes(minutesLate));

        var reminder = Assert.Single(host.Outbox.Written);
        Assert.Equal((late, FireAt), (reminder.Late, reminder.DueAt));
        Assert.Equal(late, reminder.Body.Contains("Påminnelsen skickas sent (planerat utskick: fredag 28 februari 2025 kl. 08.00).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_LateDueReminder_CountsDaysFromWhenItFired()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var key = await host.DecisionAsync("SCÖ 2024-2.13", "Verksamhetsplan och budget 2025", new LocalDate(2025, 3, 14), R.Director);

        await host.HandleAsync(Occurrences.Due(key, WheelItemKind.Decision, 14, FireAt), StockholmClock.At(2025, 3, 3, 9));

        Assert.EndsWith("(om 11 dagar)", Assert.Single(host.Outbox.Written).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_LateInvitation_IsMarkedLateWithTheConfiguredThreshold()
    {
        await using var host = await CompositionTestHost.StartAsync(new CompositionOptions { LateThreshold = TimeSpan.FromHours(2) });
        await host.PlanAsync(TestPlans.BoardMeeting());
        var occurrence = Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Invitation, FireAt);

        await host.HandleAsync(occurrence, FireAt + Duration.FromHours(3));

        var invitation = Assert.Single(host.Outbox.Written);
        Assert.True(invitation.Late);
        Assert.EndsWith("Kallelsen skickas sent (planerat utskick: fredag 28 februari 2025 kl. 08.00).", invitation.Body, StringComparison.Ordinal);
    }
}
