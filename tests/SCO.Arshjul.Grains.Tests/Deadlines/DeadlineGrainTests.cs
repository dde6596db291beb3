using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.Tests.Common;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Tests.Deadlines;

/// <summary>The shared checklist rules (<see cref="ChecklistGrainTests"/>) on a deadline, plus what is its own.</summary>
public sealed class DeadlineGrainTests : ChecklistGrainTests
{
    protected override string Prefix => "deadline";

    protected override string Id => "2025-04-30-arsredovisning";

    [Fact]
    public async Task PlanAsync_AnnualReport_KeepsCategoryAndBody()
    {
        await using var silo = await Host.StartWithRosterAsync();

        var snapshot = await Grain(silo.GrainFactory).PlanAsync(SamplePlans.Deadline(), "wheel", TestContext.Current.CancellationToken);

        Assert.Equal((DeadlineCategory.AnnualReport, SampleRoster.Board), (snapshot.Plan!.Category, snapshot.Plan.BodyId));
    }

    protected override async Task<ChecklistView> PlanAsync(IGrainFactory grains, string id, LocalDate due, string responsible, string actor) =>
        View(await Grain(grains).PlanAsync(SamplePlans.Deadline(id, due, responsible), actor, TestContext.Current.CancellationToken));

    protected override async Task<ChecklistView> CompleteAsync(IGrainFactory grains, string note, string actor) =>
        View(await Grain(grains).CompleteAsync(note, actor, TestContext.Current.CancellationToken));

    protected override async Task<ChecklistView> GetAsync(IGrainFactory grains) =>
        View(await Grain(grains).GetAsync(TestContext.Current.CancellationToken));

    private IDeadlineGrain Grain(IGrainFactory grains) => grains.GetGrain<IDeadlineGrain>($"sco/deadline/{Id}");

    private static ChecklistView View(DeadlineSnapshot s) =>
        new(s.Status, s.Plan?.Due, s.Plan?.ResponsiblePersonId, s.Completion, s.Version, s.History);
}
