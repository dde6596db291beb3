using System.Text.Json;
using NodaTime;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Decisions;

public sealed class DecisionGrainTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordAsync_NewDecision_IsDecidedAndInTheRegister()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);

        var recorded = await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);

        Assert.Equal((DecisionStatus.Decided, DecisionSamples.Reference, 1), (recorded.Status, recorded.Reference, recorded.Version));
        var entry = Assert.Single(recorded.History);
        Assert.Equal((SampleRoster.Director, "decision.recorded", Instant.FromDateTimeOffset(GrainTestHost.Start)), (entry.Actor, entry.Action, entry.At));
        var line = Assert.Single(await silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register").ListAsync(cancellationToken: _ct));
        Assert.Equal(
            new DecisionSummary(DecisionSamples.Key, DecisionSamples.Reference, "sco/meeting/2024-11-22-styrelse", "Verksamhetsplan och budget 2025",
                SampleRoster.Director, new LocalDate(2025, 3, 31), DecisionStatus.Decided, 1, entry.At, SampleRoster.Director),
            line.Summary);
    }

    [Fact]
    public async Task RecordAsync_QualifiedResponsibleOfSameOrganisation_StoresRosterId()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);

        var recorded = await decision.RecordAsync(DecisionSamples.Budget() with { ResponsiblePersonId = "sco/dora-chef" }, "dora-chef", _ct);

        Assert.Equal(SampleRoster.Director, recorded.ResponsiblePersonId);
        Assert.Equal(1, (await decision.RecordAsync(DecisionSamples.Budget(), "dora-chef", _ct)).Version);
    }

    [Fact]
    public async Task RecordAsync_SameDecisionTwice_ChangesNothing()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        var first = await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        _host.Clock.Advance(TimeSpan.FromDays(1));

        var second = await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);

        Assert.Equal(GovernanceJson.Serialize(first), GovernanceJson.Serialize(second));
    }

    [Fact]
    public async Task ChangeStatusAsync_EveryStepToReportedBack_KeepsNotesHistoryRegisterAndOutbox()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        _host.SetLocal(2025, 1, 20, 10);
        await decision.ChangeStatusAsync(DecisionStatus.InProgress, "Budgeten fördelad på insatserna.", SampleRoster.Director, _ct);
        _host.SetLocal(2025, 3, 3, 10);
        await decision.ChangeStatusAsync(DecisionStatus.Executed, null, SampleRoster.Director, _ct);
        _host.SetLocal(2025, 3, 14, 11);

        var done = await decision.ChangeStatusAsync(DecisionStatus.ReportedBack, "Återrapporterat på styrelsemötet.", SampleRoster.Chair, _ct);

        Assert.Equal((DecisionStatus.ReportedBack, 4), (done.Status, done.Version));
        Assert.Equal(["decision.recorded", "decision.status-changed", "decision.status-changed", "decision.status-changed"], done.History.Select(h => h.Action));
        Assert.Contains("från verkställt till återrapporterat", done.History[^1].Details, StringComparison.Ordinal);
        Assert.Equal(
            [(new LocalDate(2025, 1, 20), SampleRoster.Director), (new LocalDate(2025, 3, 14), SampleRoster.Chair)],
            done.Notes.Select(n => (n.Date, n.Author)));
        var line = Assert.Single(await silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register").ListAsync(cancellationToken: _ct));
        Assert.Equal((DecisionStatus.ReportedBack, 4, SampleRoster.Chair), (line.Summary.Status, line.Summary.Version, line.Summary.ChangedBy));
        var messages = await _host.Storage.ReadPendingAsync(100, "decision.changed", _ct);
        Assert.Equal(Enumerable.Range(1, 4).Select(v => $"{DecisionSamples.Key}/v{v}"), messages.Select(m => m.IdempotencyKey));
        var payload = JsonSerializer.Deserialize<DecisionChanged>(messages[^1].Payload, GovernanceJson.Options)!;
        Assert.Equal((DecisionStatus.ReportedBack, new LocalDate(2025, 3, 31)), (payload.Status, payload.Due));
    }

    [Theory]
    [InlineData(DecisionStatus.Decided)]
    [InlineData(DecisionStatus.InProgress)]
    [InlineData(DecisionStatus.Executed)]
    public async Task ChangeStatusAsync_CancelFromAnyNonFinalStatus_Cancels(DecisionStatus from)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        for (var step = DecisionStatus.InProgress; step <= from; step++)
        {
            await decision.ChangeStatusAsync(step, null, SampleRoster.Director, _ct);
        }

        var cancelled = await decision.ChangeStatusAsync(DecisionStatus.Cancelled, "Styrelsen upphävde beslutet.", SampleRoster.Chair, _ct);

        Assert.Equal(DecisionStatus.Cancelled, cancelled.Status);
    }

    [Fact]
    public async Task AddNoteAsync_LateEveningUtc_DatesNoteInStockholm()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var decision = silo.GrainFactory.GetGrain<IDecisionGrain>(DecisionSamples.Key);
        await decision.RecordAsync(DecisionSamples.Budget(), SampleRoster.Director, _ct);
        _host.Clock.SetUtcNow(new DateTimeOffset(2025, 2, 3, 23, 30, 0, TimeSpan.Zero));

        var noted = await decision.AddNoteAsync("Avstämt med beredningsgruppen.", SampleRoster.Director, _ct);

        var note = Assert.Single(noted.Notes);
        Assert.Equal((new LocalDate(2025, 2, 4), SampleRoster.Director, "Avstämt med beredningsgruppen."), (note.Date, note.Author, note.Text));
        Assert.Equal(("decision.note-added", 2), (noted.History[^1].Action, noted.Version));
        Assert.Equal(DecisionStatus.Decided, noted.Status);
    }
}
