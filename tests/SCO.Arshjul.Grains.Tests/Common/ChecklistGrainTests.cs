using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.Common;

/// <summary>
/// The checklist rules deadlines and SAM tasks share, run once for each (<c>DeadlineGrainTests</c>,
/// <c>WorkEnvironmentTaskGrainTests</c>): the rules are written once, so are their tests.
/// </summary>
public abstract class ChecklistGrainTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    protected GrainTestHost Host { get; } = new();

    /// <summary>The code prefix, e.g. <c>deadline</c>.</summary>
    protected abstract string Prefix { get; }

    /// <summary>The item id the tests plan under <c>sco/{kind}/{id}</c>.</summary>
    protected abstract string Id { get; }

    protected abstract Task<ChecklistView> PlanAsync(IGrainFactory grains, string id, LocalDate due, string responsible, string actor);

    protected abstract Task<ChecklistView> CompleteAsync(IGrainFactory grains, string note, string actor);

    protected abstract Task<ChecklistView> GetAsync(IGrainFactory grains);

    [Fact]
    public async Task PlanAsync_NewItem_IsOpenWithHistoryAndOutbox()
    {
        await using var silo = await Host.StartWithRosterAsync();

        var planned = await PlanAsync(silo.GrainFactory, Id, new LocalDate(2025, 4, 30), SampleRoster.Director, "wheel");

        Assert.Equal((ChecklistStatus.Open, new LocalDate(2025, 4, 30), SampleRoster.Director, 1), (planned.Status, planned.Due, planned.ResponsiblePersonId, planned.Version));
        var entry = Assert.Single(planned.History);
        Assert.Equal(("wheel", $"{Prefix}.planned"), (entry.Actor, entry.Action));
        Assert.Single(await Host.Storage.ReadPendingAsync(10, $"{Prefix}.changed", _ct));
    }

    [Fact]
    public async Task PlanAsync_SamePlanTwice_ChangesNothing()
    {
        await using var silo = await Host.StartWithRosterAsync();
        var first = await PlanAsync(silo.GrainFactory, Id, new LocalDate(2025, 4, 30), SampleRoster.Director, "wheel");

        var second = await PlanAsync(silo.GrainFactory, Id, new LocalDate(2025, 4, 30), "sco/" + SampleRoster.Director, "wheel");

        Assert.Equal(GovernanceJson.Serialize(first), GovernanceJson.Serialize(second));
    }

    [Fact]
    public async Task PlanAsync_ChangedDueWhileOpen_UpdatesItem()
    {
        await using var silo = await Host.StartWithRosterAsync();
        await PlanAsync(silo.GrainFactory, Id, new LocalDate(2025, 4, 30), SampleRoster.Director, "wheel");

        var moved = await PlanAsync(silo.GrainFactory, Id, new LocalDate(2025, 4, 29), SampleRoster.Director, "wheel");

        Assert.Equal((new LocalDate(2025, 4, 29), 2, $"{Prefix}.plan-updated"), (moved.Due, moved.Version, moved.History[^1].Action));
    }

    [Fact]
    public async Task CompleteAsync_WithDocumentationNote_RecordsWhoWhenAndNote()
    {
        await using var silo = await Host.StartWithRosterAsync();
        await PlanAsync(silo.GrainFactory, Id, new LocalDate(2025, 4, 30), SampleRoster.Director, "wheel");
        Host.SetLocal(2025, 4, 25, 15);

        var done = await CompleteAsync(silo.GrainFactory, "Diarienr 2025/14", SampleRoster.Director);

        Assert.Equal(ChecklistStatus.Completed, done.Status);
        Assert.Equal(new ChecklistCompletion(Instant.FromUtc(2025, 4, 25, 13, 0), SampleRoster.Director, "Diarienr 2025/14"), done.Completion);
        Assert.Equal(($"{Prefix}.completed", SampleRoster.Director, done.Completion!.At), (done.History[^1].Action, done.History[^1].Actor, done.History[^1].At));
        Assert.Equal([$"sco/{Prefix}/{Id}/v1", $"sco/{Prefix}/{Id}/v2"], (await Host.Storage.ReadPendingAsync(10, $"{Prefix}.changed", _ct)).Select(m => m.IdempotencyKey));
    }

    [Fact]
    public async Task CompleteAsync_Twice_ThrowsAndKeepsState()
    {
        var silo = await PlannedAsync();
        await using var _ = silo;
        await CompleteAsync(silo.GrainFactory, "Protokoll", SampleRoster.Director);

        await Expect.RejectedAndUnchangedAsync($"{Prefix}.already-completed", () => GetAsync(silo.GrainFactory), () => CompleteAsync(silo.GrainFactory, "Igen", SampleRoster.Director));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CompleteAsync_WithoutDocumentationNote_ThrowsAndKeepsState(string note)
    {
        var silo = await PlannedAsync();
        await using var _ = silo;

        await Expect.RejectedAndUnchangedAsync($"{Prefix}.documentation-required", () => GetAsync(silo.GrainFactory), () => CompleteAsync(silo.GrainFactory, note, SampleRoster.Director));
    }

    [Fact]
    public async Task CompleteAsync_NotPlanned_ThrowsAndKeepsState()
    {
        await using var silo = await Host.StartWithRosterAsync();

        await Expect.RejectedAndUnchangedAsync($"{Prefix}.not-planned", () => GetAsync(silo.GrainFactory), () => CompleteAsync(silo.GrainFactory, "Klart", SampleRoster.Director));
    }

    [Fact]
    public async Task PlanAsync_ChangedPlanAfterCompletion_ThrowsAndKeepsState()
    {
        var silo = await PlannedAsync();
        await using var _ = silo;
        await CompleteAsync(silo.GrainFactory, "Protokoll", SampleRoster.Director);

        await Expect.RejectedAndUnchangedAsync(
            $"{Prefix}.plan-locked",
            () => GetAsync(silo.GrainFactory),
            () => PlanAsync(silo.GrainFactory, Id, new LocalDate(2025, 5, 30), SampleRoster.Director, "wheel"));
    }

    [Theory]
    [InlineData("roster.person-unknown", "okand", null)]
    [InlineData("organisation.mismatch", "annat/" + SampleRoster.Director, null)]
    [InlineData("{prefix}.id-mismatch", SampleRoster.Director, "ett-annat-id")]
    [InlineData("validation.required", SampleRoster.Director, null, "")]
    public async Task PlanAsync_InvalidPlan_ThrowsAndKeepsState(string code, string responsible, string? id, string actor = "wheel")
    {
        var silo = await PlannedAsync();
        await using var _ = silo;

        await Expect.RejectedAndUnchangedAsync(
            code.Replace("{prefix}", Prefix, StringComparison.Ordinal),
            () => GetAsync(silo.GrainFactory),
            () => PlanAsync(silo.GrainFactory, id ?? Id, new LocalDate(2025, 6, 30), responsible, actor));
    }

    private async Task<TestSilo> PlannedAsync()
    {
        var silo = await Host.StartWithRosterAsync();
        await PlanAsync(silo.GrainFactory, Id, new LocalDate(2025, 4, 30), SampleRoster.Director, "wheel");
        return silo;
    }
}
