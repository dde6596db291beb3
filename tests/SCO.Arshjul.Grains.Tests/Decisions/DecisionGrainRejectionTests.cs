using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Decisions;

/// <summary>Every rejected decision command names its rule and leaves the decision and the register as they were.</summary>
public sealed class DecisionGrainRejectionTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public static TheoryData<string, RecordDecision> InvalidDecisions() => new()
    {
        { GovernanceErrorCodes.RosterPersonUnknown, DecisionSamples.Budget() with { ResponsiblePersonId = "okand-person" } },
        { GovernanceErrorCodes.OrganisationMismatch, DecisionSamples.Budget() with { ResponsiblePersonId = "annat/dora-chef" } },
        { GovernanceErrorCodes.OrganisationMismatch, DecisionSamples.Budget() with { MeetingKey = "annat/meeting/2024-11-22-styrelse" } },
        { GovernanceErrorCodes.KeyInvalid, DecisionSamples.Budget() with { MeetingKey = "sco/deadline/2024-11-22-styrelse" } },
        { GovernanceErrorCodes.KeyInvalid, DecisionSamples.Budget() with { MeetingKey = "2024-11-22-styrelse" } },
        { GovernanceErrorCodes.DecisionReferenceMismatch, DecisionSamples.Budget("SCÖ 2024-2.14") },
        { GovernanceErrorCodes.Required, DecisionSamples.Budget() with { Title = "" } },
        { GovernanceErrorCodes.Required, DecisionSamples.Budget() with { Text = " " } },
        { GovernanceErrorCodes.TimeOutOfRange, DecisionSamples.Budget(due: new NodaTime.LocalDate(9999, 12, 31)) },
        { GovernanceErrorCodes.TimeOutOfRange, DecisionSamples.Budget(due: new NodaTime.LocalDate(2101, 1, 1)) },
    };

    [Theory]
    [MemberData(nameof(InvalidDecisions))]
    public async Task RecordAsync_InvalidDecision_ThrowsAndRecordsNothing(string code, RecordDecision command)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);

        await Expect.RejectedAndUnchangedAsync(code, () => decision.GetAsync(_ct), () => decision.RecordAsync(command, SampleRoster.Director, _ct));

        Assert.Equal(DecisionStatus.NotRecorded, (await decision.GetAsync(_ct)).Status);
        Assert.Empty(await silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register").ListAsync(cancellationToken: _ct));
        Assert.Empty(await _host.Storage.ReadPendingAsync(10, "decision.changed", _ct));
    }

    [Fact]
    public async Task RecordAsync_DifferentContentForRecordedDecision_ThrowsAndKeepsState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);

        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.DecisionAlreadyRecorded,
            () => decision.GetAsync(_ct),
            () => decision.RecordAsync(DecisionSamples.Budget(due: new NodaTime.LocalDate(2025, 6, 30)), SampleRoster.Director, _ct));
    }

    [Fact]
    public async Task ChangeStatusAsync_SkipsAStep_ThrowsWithSwedishMessageAndKeepsState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);

        var before = await decision.GetAsync(_ct);
        var error = await Expect.RejectedAsync(
            GovernanceErrorCodes.DecisionSkippedStep,
            () => decision.ChangeStatusAsync(DecisionStatus.Executed, null, SampleRoster.Director, _ct));

        Assert.Equal("Status kan inte gå från beslutat till verkställt: steget pågår saknas.", error.Message);
        Assert.Equal(GovernanceJson.Serialize(before), GovernanceJson.Serialize(await decision.GetAsync(_ct)));
        Assert.Equal(DecisionStatus.Decided, Assert.Single(await silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register").ListAsync(cancellationToken: _ct)).Summary.Status);
    }

    [Theory]
    [InlineData(new[] { DecisionStatus.InProgress }, DecisionStatus.ReportedBack, GovernanceErrorCodes.DecisionSkippedStep)]
    [InlineData(new[] { DecisionStatus.InProgress }, DecisionStatus.Decided, GovernanceErrorCodes.DecisionInvalidTransition)]
    [InlineData(new[] { DecisionStatus.InProgress }, DecisionStatus.InProgress, GovernanceErrorCodes.DecisionInvalidTransition)]
    [InlineData(new DecisionStatus[0], DecisionStatus.NotRecorded, GovernanceErrorCodes.DecisionInvalidTransition)]
    [InlineData(new[] { DecisionStatus.InProgress, DecisionStatus.Executed, DecisionStatus.ReportedBack }, DecisionStatus.Cancelled, GovernanceErrorCodes.DecisionStatusFinal)]
    [InlineData(new[] { DecisionStatus.Cancelled }, DecisionStatus.InProgress, GovernanceErrorCodes.DecisionStatusFinal)]
    public async Task ChangeStatusAsync_DisallowedChange_ThrowsAndKeepsState(DecisionStatus[] path, DecisionStatus to, string code)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        foreach (var step in path)
        {
            await decision.ChangeStatusAsync(step, null, SampleRoster.Director, _ct);
        }

        await Expect.RejectedAndUnchangedAsync(code, () => decision.GetAsync(_ct), () => decision.ChangeStatusAsync(to, "anteckning", SampleRoster.Director, _ct));
    }

    [Fact]
    public async Task ChangeStatusAsync_DecisionNotRecorded_ThrowsAndKeepsState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);

        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.DecisionNotRecorded,
            () => decision.GetAsync(_ct),
            () => decision.ChangeStatusAsync(DecisionStatus.InProgress, null, SampleRoster.Director, _ct));
    }

    [Fact]
    public async Task AddNoteAsync_EmptyNoteOrNoDecision_ThrowsAndKeepsState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.DecisionNotRecorded, () => decision.GetAsync(_ct), () => decision.AddNoteAsync("Not", SampleRoster.Director, _ct));
        await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);

        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.Required, () => decision.GetAsync(_ct), () => decision.AddNoteAsync("  ", SampleRoster.Director, _ct));
        await Expect.RejectedAndUnchangedAsync(GovernanceErrorCodes.Required, () => decision.GetAsync(_ct), () => decision.AddNoteAsync("Not", "", _ct));
    }
}
