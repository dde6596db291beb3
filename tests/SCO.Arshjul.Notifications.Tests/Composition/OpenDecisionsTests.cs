using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary>A board meeting's kallelse and handlingar list the decisions not yet återrapporterade, from the register.</summary>
public sealed class OpenDecisionsTests
{
    private const string Heading = "Styrelsens beslut och processer – beslut som ännu inte är återrapporterade:";

    private static readonly string[] OpenAtInvitation =
    [
        "- SCÖ 2024-2.11 Ny webbplats. Ansvarig: Dora Förbundschef. Senast: fredag 31 januari 2025. Status: verkställt.",
        "- SCÖ 2024-2.10 Avtal om lokaler. Ansvarig: Sam Medarbetare. Senast: fredag 14 februari 2025. Status: pågår, försenat.",
        "- SCÖ 2024-2.13 Verksamhetsplan och budget 2025. Ansvarig: Dora Förbundschef. Senast: måndag 31 mars 2025. Status: beslutat.",
    ];

    [Fact]
    public async Task Invitation_BoardMeeting_ListsExactlyTheDecisionsNotReportedBack()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await RecordDecisionsAsync(host);
        await host.PlanAsync(TestPlans.BoardMeeting());

        await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Invitation, StockholmClock.At(2025, 2, 28, 9)));

        Assert.Equal(OpenAtInvitation, DecisionLines(Assert.Single(host.Outbox.Written).Body));
    }

    [Fact]
    public async Task Papers_DecisionReportedBackAfterTheInvitation_IsNoLongerListed()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await RecordDecisionsAsync(host);
        await host.PlanAsync(TestPlans.BoardMeeting());
        await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Invitation, StockholmClock.At(2025, 2, 28, 9)));
        await host.Grains.GetGrain<IDecisionGrain>("sco/decision/SCÖ 2024-2.11")
            .ChangeStatusAsync(DecisionStatus.ReportedBack, "Återrapporterat", R.Director, TestContext.Current.CancellationToken);

        await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Papers, StockholmClock.At(2025, 3, 7, 9)));

        var papers = host.Outbox.Written[^1];
        Assert.Equal(NotificationKind.Papers, papers.Kind);
        Assert.Equal(OpenAtInvitation[1..], DecisionLines(papers.Body));
    }

    [Fact]
    public async Task Invitation_NothingOpen_SaysAllAreReportedBack()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.DecisionAsync("SCÖ 2024-2.12", "Ändrad delegationsordning", new LocalDate(2025, 1, 15), R.Director, DecisionStatus.InProgress, DecisionStatus.Executed, DecisionStatus.ReportedBack);
        await host.PlanAsync(TestPlans.BoardMeeting());

        await host.HandleAsync(Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.Invitation, StockholmClock.At(2025, 2, 28, 9)));

        var body = Assert.Single(host.Outbox.Written).Body;
        Assert.Contains("Styrelsens beslut och processer: alla beslut är återrapporterade.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SCÖ 2024-2.12", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_NotABoardMeeting_ListsNoDecisions()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await RecordDecisionsAsync(host);
        var plan = TestPlans.OtherMeeting(MeetingKind.PreparationGroupMeeting, R.PreparationGroup);
        await host.PlanAsync(plan);

        await host.HandleAsync(Occurrences.Meeting(TestPlans.KeyOf(plan), ReminderKind.Invitation, StockholmClock.At(2025, 4, 1, 9)));

        Assert.DoesNotContain("Styrelsens beslut och processer", Assert.Single(host.Outbox.Written).Body, StringComparison.Ordinal);
    }

    private static async Task RecordDecisionsAsync(CompositionTestHost host)
    {
        await host.DecisionAsync("SCÖ 2024-2.13", "Verksamhetsplan och budget 2025", new LocalDate(2025, 3, 31), R.Director);
        await host.DecisionAsync("SCÖ 2024-2.10", "Avtal om lokaler", new LocalDate(2025, 2, 14), R.Staff, DecisionStatus.InProgress);
        await host.DecisionAsync("SCÖ 2024-2.11", "Ny webbplats", new LocalDate(2025, 1, 31), R.Director, DecisionStatus.InProgress, DecisionStatus.Executed);
        await host.DecisionAsync("SCÖ 2024-2.12", "Ändrad delegationsordning", new LocalDate(2025, 1, 15), R.Director, DecisionStatus.InProgress, DecisionStatus.Executed, DecisionStatus.ReportedBack);
        await host.DecisionAsync("SCÖ 2024-2.14", "Extra föreläsning", new LocalDate(2025, 2, 1), R.Director, DecisionStatus.Cancelled);
    }

    private static string[] DecisionLines(string body) =>
        [.. body.Split('\n').SkipWhile(line => line != Heading).Skip(1).TakeWhile(line => line.StartsWith("- ", StringComparison.Ordinal))];
}
