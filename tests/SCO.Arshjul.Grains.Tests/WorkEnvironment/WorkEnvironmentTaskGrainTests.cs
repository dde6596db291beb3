using NodaTime;
using SCO.Arshjul.Grains.Tests.Common;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Tests.WorkEnvironment;

/// <summary>The shared checklist rules (<see cref="ChecklistGrainTests"/>) on a SAM task.</summary>
public sealed class WorkEnvironmentTaskGrainTests : ChecklistGrainTests
{
    protected override string Prefix => "sam-task";

    protected override string Id => "2025-05-skyddsrond";

    protected override async Task<ChecklistView> PlanAsync(IGrainFactory grains, string id, LocalDate due, string responsible, string actor) =>
        View(await Grain(grains).PlanAsync(SamplePlans.SamTask(id, due, responsible), actor, TestContext.Current.CancellationToken));

    protected override async Task<ChecklistView> CompleteAsync(IGrainFactory grains, string note, string actor) =>
        View(await Grain(grains).CompleteAsync(note, actor, TestContext.Current.CancellationToken));

    protected override async Task<ChecklistView> GetAsync(IGrainFactory grains) =>
        View(await Grain(grains).GetAsync(TestContext.Current.CancellationToken));

    private IWorkEnvironmentTaskGrain Grain(IGrainFactory grains) => grains.GetGrain<IWorkEnvironmentTaskGrain>($"sco/sam-task/{Id}");

    private static ChecklistView View(WorkEnvironmentTaskSnapshot s) =>
        new(s.Status, s.Plan?.Due, s.Plan?.ResponsiblePersonId, s.Completion, s.Version, s.History);
}
