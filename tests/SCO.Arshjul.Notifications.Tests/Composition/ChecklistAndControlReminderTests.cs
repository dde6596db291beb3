using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary>Reminders of controls, the internkontrollplan, report deadlines and SAM tasks: who gets them, and none once done.</summary>
public sealed class ChecklistAndControlReminderTests
{
    private const string PlanKey = "sco/internal-control/2025";
    private const string DeadlineKey = "sco/deadline/2025-04-11-arsredovisning";
    private const string SamTaskKey = "sco/sam-task/2025-05-14-skyddsrond";
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("attest", R.Auditor, "internkontrollant", "Påminnelse: Internkontroll \"Attest- och delegationsordningen följs\" ska vara genomförd senast fredag 30 maj 2025 (om 7 dagar)")]
    [InlineData("gdpr", R.Director, "förbundschef", "Påminnelse: Internkontroll \"Personuppgiftsbehandlingar är förtecknade\" ska vara genomförd senast måndag 15 september 2025 (om 115 dagar)")]
    public async Task DueBefore_Control_GoesToItsResponsible(string controlId, string personId, string role, string subject)
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.Grains.GetGrain<IInternalControlPlanGrain>(PlanKey).AdoptAsync(TestPlans.ControlPlan(), R.Chair, Ct);

        await host.HandleAsync(Occurrences.Due(PlanKey, WheelItemKind.InternalControl, 7, StockholmClock.At(2025, 5, 23, 8), controlId));

        var reminder = Assert.Single(host.Outbox.Written);
        Assert.Equal((personId, role), (Assert.Single(reminder.Recipients).PersonId, reminder.Recipients[0].Role));
        Assert.Equal(subject, reminder.Subject);
        Assert.Contains("Metod:", reminder.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueBefore_ControlCheckedOff_WritesNothing()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var plan = host.Grains.GetGrain<IInternalControlPlanGrain>(PlanKey);
        await plan.AdoptAsync(TestPlans.ControlPlan(), R.Chair, Ct);
        await plan.CheckOffAsync(new CheckOffControl("attest", ControlResult.Ok, "20 fakturor granskade"), R.Auditor, Ct);

        var outcome = await host.HandleAsync(Occurrences.Due(PlanKey, WheelItemKind.InternalControl, 7, StockholmClock.At(2025, 5, 23, 8), "attest"));

        Assert.Equal(new(0, "control 'attest' already checked"), outcome);
    }

    [Fact]
    public async Task Adoption_PlanNotAdopted_GoesToTheBoardChairAndTheDirector_AndStopsOnceAdopted()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var plan = host.Grains.GetGrain<IInternalControlPlanGrain>(PlanKey);
        await plan.PlanAsync(TestPlans.ControlPlan(), "wheel", Ct);

        await host.HandleAsync(Occurrences.Due(PlanKey, WheelItemKind.InternalControlAdoption, 7, StockholmClock.At(2025, 2, 7, 8)));
        await plan.AdoptAsync(TestPlans.ControlPlan(), R.Chair, Ct);
        var afterAdoption = await host.HandleAsync(Occurrences.Due(PlanKey, WheelItemKind.InternalControlAdoption, 0, StockholmClock.At(2025, 2, 14, 8)));

        Assert.Equal(
            [$"{R.Chair}:ordförande", $"{R.Director}:förbundschef"],
            host.Outbox.Written.Select(n => $"{n.Recipients[0].PersonId}:{n.Recipients[0].Role}"));
        Assert.Equal("Påminnelse: Internkontrollplan 2025 ska vara antagen av styrelsen senast fredag 14 februari 2025 (om 7 dagar)", host.Outbox.Written[0].Subject);
        Assert.Equal(new(0, "internal-control plan already adopted"), afterAdoption);
    }

    [Fact]
    public async Task FollowUp_ControlsOpen_GoesToTheInternkontrollanterAndTheDirector()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.Grains.GetGrain<IInternalControlPlanGrain>(PlanKey).AdoptAsync(TestPlans.ControlPlan(), R.Chair, Ct);

        await host.HandleAsync(Occurrences.Due(PlanKey, WheelItemKind.InternalControlFollowUp, 14, StockholmClock.At(2025, 9, 26, 8)));

        Assert.Equal(
            [$"{R.Auditor}:internkontrollant", $"{R.Director}:förbundschef"],
            host.Outbox.Written.Select(n => $"{n.Recipients[0].PersonId}:{n.Recipients[0].Role}"));
        Assert.Contains("Status: 2 av 2 kontroller inte genomförda", host.Outbox.Written[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueBefore_Deadline_GoesToItsResponsible_AndNothingOnceCompleted()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var deadline = host.Grains.GetGrain<IDeadlineGrain>(DeadlineKey);
        await deadline.PlanAsync(TestPlans.Deadline(), "wheel", Ct);

        await host.HandleAsync(Occurrences.Due(DeadlineKey, WheelItemKind.Deadline, 7, StockholmClock.At(2025, 4, 4, 8)));
        await deadline.CompleteAsync("Beslutad av styrelsen 2025-04-11, protokoll § 12", R.Director, Ct);
        var afterCompletion = await host.HandleAsync(Occurrences.Due(DeadlineKey, WheelItemKind.Deadline, 0, StockholmClock.At(2025, 4, 11, 8)));

        var reminder = Assert.Single(host.Outbox.Written);
        Assert.Equal((R.Staff, "ansvarig"), (reminder.Recipients[0].PersonId, reminder.Recipients[0].Role));
        Assert.Equal("Påminnelse: Årsredovisning 2024 ska vara klar senast fredag 11 april 2025 (om 7 dagar)", reminder.Subject);
        Assert.Contains("Lämnas till: Styrelsen", reminder.Body, StringComparison.Ordinal);
        Assert.Equal(new(0, "Deadline is Completed"), afterCompletion);
    }

    [Fact]
    public async Task Overdue_SamTaskOpen_GoesToItsResponsible_AndNothingOnceCompleted()
    {
        await using var host = await CompositionTestHost.StartAsync();
        var task = host.Grains.GetGrain<IWorkEnvironmentTaskGrain>(SamTaskKey);
        await task.PlanAsync(TestPlans.SamTask(), "wheel", Ct);

        await host.HandleAsync(Occurrences.Overdue(SamTaskKey, WheelItemKind.WorkEnvironmentTask, StockholmClock.At(2025, 5, 21, 8)));
        await task.CompleteAsync("Protokoll skyddsrond 2025-05-22", R.Director, Ct);
        var afterCompletion = await host.HandleAsync(Occurrences.Overdue(SamTaskKey, WheelItemKind.WorkEnvironmentTask, StockholmClock.At(2025, 5, 28, 8)));

        var reminder = Assert.Single(host.Outbox.Written);
        Assert.Equal(R.Director, reminder.Recipients[0].PersonId);
        Assert.Equal("Försenat: Skyddsrond skulle ha varit genomförd senast onsdag 14 maj 2025 (7 dagar sent)", reminder.Subject);
        Assert.Equal(new(0, "WorkEnvironmentTask is Completed"), afterCompletion);
    }
}
