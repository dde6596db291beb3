using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Decisions;

public sealed class DecisionRegisterGrainTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_DueDatePassed_OverdueFromStartOfNextDayInStockholm()
    {
        await using var silo = await _host.StartWithRosterAsync();
        await silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key).RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        var register = silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register");

        _host.SetLocal(2025, 3, 31, 23, 59);
        Assert.False(Assert.Single(await register.ListAsync(cancellationToken: _ct)).IsOverdue);
        _host.SetLocal(2025, 4, 1);
        var line = Assert.Single(await register.ListAsync(cancellationToken: _ct));

        Assert.True(line.IsOverdue);
        Assert.Equal(Instant.FromUtc(2025, 3, 31, 22, 0), line.EvaluatedAt); // 1 April 00:00 CEST
    }

    [Theory]
    [InlineData(DecisionStatus.InProgress, true)]
    [InlineData(DecisionStatus.Executed, false)]
    [InlineData(DecisionStatus.Cancelled, false)]
    public async Task ListAsync_PastDueByStatus_OnlyPendingDecisionsAreOverdue(DecisionStatus status, bool overdue)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        await decision.ChangeStatusAsync(DecisionStatus.InProgress, null, SampleRoster.Director, _ct);
        if (status != DecisionStatus.InProgress)
        {
            await decision.ChangeStatusAsync(status == DecisionStatus.Executed ? DecisionStatus.Executed : DecisionStatus.Cancelled, null, SampleRoster.Director, _ct);
        }

        var lines = await silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register")
            .ListAsync(new DecisionRegisterFilter(At: Instant.FromUtc(2025, 6, 1, 0, 0)), _ct);

        Assert.Equal(overdue, Assert.Single(lines).IsOverdue);
    }

    [Fact]
    public async Task ListAsync_Filters_CombineStatusResponsibleAndOverdue()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var budget = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await budget.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        const string later = "SCÖ 2025-1.4";
        await silo.GrainFactory.GetGrain<IDecisionGrain>("sco/decision/" + later)
            .RecordAsync(DecisionSamples.Budget(later, new LocalDate(2025, 12, 31)) with { ResponsiblePersonId = SampleRoster.Chair }, SampleRoster.Director, _ct);
        await budget.ChangeStatusAsync(DecisionStatus.InProgress, null, SampleRoster.Director, _ct);
        var register = silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register");
        var may = Instant.FromUtc(2025, 5, 1, 0, 0);

        Assert.Equal([DecisionSamples.Reference, later], (await register.ListAsync(null, _ct)).Select(l => l.Summary.Reference));
        Assert.Equal([DecisionSamples.Reference], (await register.ListAsync(new(OverdueOnly: true, At: may), _ct)).Select(l => l.Summary.Reference));
        Assert.Equal([later], (await register.ListAsync(new(Status: DecisionStatus.Decided), _ct)).Select(l => l.Summary.Reference));
        Assert.Equal([later], (await register.ListAsync(new(ResponsiblePersonId: "sco/" + SampleRoster.Chair), _ct)).Select(l => l.Summary.Reference));
    }

    [Fact]
    public async Task UpsertAsync_OlderOrSameVersion_IsIgnored()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        await decision.ChangeStatusAsync(DecisionStatus.InProgress, null, SampleRoster.Director, _ct);
        var register = silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register");
        var current = Assert.Single(await register.ListAsync(cancellationToken: _ct)).Summary;

        await register.UpsertAsync(current with { Version = 1, Status = DecisionStatus.Decided }, _ct);

        Assert.Equal(current, Assert.Single(await register.ListAsync(cancellationToken: _ct)).Summary);
    }

    [Fact]
    public async Task UpsertAsync_KeyOfAnotherOrganisation_ThrowsAndKeepsState()
    {
        await using var silo = await _host.StartWithRosterAsync();
        await silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key).RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        var register = silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register");
        var current = Assert.Single(await register.ListAsync(cancellationToken: _ct)).Summary;

        await Expect.RejectedAndUnchangedAsync(
            GovernanceErrorCodes.OrganisationMismatch,
            () => register.ListAsync(cancellationToken: _ct),
            () => register.UpsertAsync(current with { Key = "annat/decision/" + DecisionSamples.Reference, Version = 9 }, _ct));
    }
}
