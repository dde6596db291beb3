using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>One board decision; see <see cref="IDecisionGrain"/>. Calls the roster and the decision register.</summary>
[GrainType("decision")]
internal sealed class DecisionGrain(TimeProvider timeProvider)
    : GovernanceGrain<DecisionState>(timeProvider), IDecisionGrain
{
    protected override string OutboxKind => "decision.changed";

    public async Task<DecisionSnapshot> RecordAsync(RecordDecision decision, string actor, CancellationToken cancellationToken = default)
    {
        Require.Present(decision, "Beslut");
        var by = RequireActor(actor);
        var reference = GrainKey.ItemOf(Key);
        if (decision.Reference != reference)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.DecisionReferenceMismatch,
                $"Beslutet har diarienumret '{decision.Reference}', men detta är beslutet '{reference}'.");
        }

        var meetingKey = OrganisationScope.RequireKey(OrganisationId, decision.MeetingKey, "meeting");
        StockholmTime.RequireServed(decision.Due, "Förfallodatumet");
        var title = Require.Text(decision.Title, "Beslutets rubrik");
        var text = Require.Text(decision.Text, "Beslutstext");
        var responsible = await Roster.RequirePersonAsync(decision.ResponsiblePersonId, "Ansvarig", cancellationToken);
        var recorded = decision with { MeetingKey = meetingKey, Title = title, Text = text, ResponsiblePersonId = responsible.Id };
        if (State.Decision is not null)
        {
            return recorded == State.Decision
                ? ToSnapshot()
                : throw new GovernanceRuleException(
                    GovernanceErrorCodes.DecisionAlreadyRecorded,
                    $"Beslutet '{reference}' är redan registrerat med annat innehåll.");
        }

        State.Decision = recorded;
        State.Status = DecisionStatus.Decided;
        await CommitAndPublishAsync(new AuditEntry(
            Now(),
            by,
            "decision.recorded",
            $"Beslut {reference} registrerat: {title}. Ansvarig {responsible.Name}, klart senast {StockholmTime.Format(decision.Due)}."),
            cancellationToken);
        return ToSnapshot();
    }

    public async Task<DecisionSnapshot> ChangeStatusAsync(
        DecisionStatus status,
        string? note,
        string actor,
        CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        DecisionTransitions.Check(State.Status, status);
        var now = Now();
        var details = $"Status ändrad från {DecisionTransitions.Swedish(State.Status)} till {DecisionTransitions.Swedish(status)}.";
        if (!string.IsNullOrWhiteSpace(note))
        {
            State.Notes.Add(new DecisionNote(now, StockholmTime.DateOf(now), by, note.Trim()));
            details += $" {note.Trim()}";
        }

        State.Status = status;
        await CommitAndPublishAsync(new AuditEntry(now, by, "decision.status-changed", details), cancellationToken);
        return ToSnapshot();
    }

    public async Task<DecisionSnapshot> AddNoteAsync(string note, string actor, CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        var text = Require.Text(note, "Anteckning");
        if (State.Decision is null)
        {
            throw DecisionTransitions.NotRecorded();
        }

        var now = Now();
        State.Notes.Add(new DecisionNote(now, StockholmTime.DateOf(now), by, text));
        await CommitAndPublishAsync(new AuditEntry(now, by, "decision.note-added", text), cancellationToken);
        return ToSnapshot();
    }

    public Task<DecisionSnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(ToSnapshot());

    protected override object DescribeChange(AuditEntry entry) =>
        new DecisionChanged(Key, State.Version, entry.Action, State.Status, State.Decision!.Due, State.Decision.ResponsiblePersonId);

    /// <summary>
    /// Writes, then upserts the summary into the register. The register ignores versions it has already seen, so a
    /// retry after a failed upsert is harmless; if the upsert fails the next write of this decision repairs the line.
    /// </summary>
    private async Task CommitAndPublishAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await CommitAsync(entry);
        var decision = State.Decision!;
        var summary = new DecisionSummary(
            Key,
            decision.Reference,
            decision.MeetingKey,
            decision.Title,
            decision.ResponsiblePersonId,
            decision.Due,
            State.Status,
            State.Version,
            entry.At,
            entry.Actor);
        await GrainFactory.GetGrain<IDecisionRegisterGrain>(OrganisationScope.DecisionRegisterKey(OrganisationId))
            .UpsertAsync(summary, cancellationToken);
    }

    private DecisionSnapshot ToSnapshot() => new(
        Key,
        GrainKey.ItemOf(Key),
        State.Decision?.MeetingKey ?? string.Empty,
        State.Decision?.Title ?? string.Empty,
        State.Decision?.Text ?? string.Empty,
        State.Decision?.ResponsiblePersonId ?? string.Empty,
        State.Decision?.Due ?? default,
        State.Status,
        [.. State.Notes],
        State.Version,
        [.. State.History]);
}
