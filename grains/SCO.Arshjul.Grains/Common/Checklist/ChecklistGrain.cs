using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>
/// The rules deadlines and work-environment tasks share: planned from the wheel (idempotently), completed once with a
/// documentation note. Codes are <c>{CodePrefix}.{suffix}</c> (<see cref="ChecklistErrorCodes"/>).
/// </summary>
internal abstract class ChecklistGrain<TPlan, TState>(TimeProvider timeProvider) : GovernanceGrain<TState>(timeProvider)
    where TPlan : class
    where TState : ChecklistItemState<TPlan>, new()
{
    /// <summary>The code prefix and outbox kind stem, e.g. <c>deadline</c>.</summary>
    protected abstract string CodePrefix { get; }

    /// <summary>The item in Swedish, definite form, for messages: "Fristen", "Arbetsmiljöuppgiften".</summary>
    protected abstract string Noun { get; }

    protected override string OutboxKind => $"{CodePrefix}.changed";

    /// <summary>The fields of <paramref name="plan"/> the rules need.</summary>
    protected abstract ChecklistItemFields Describe(TPlan plan);

    /// <summary><paramref name="plan"/> with its responsible person set to the roster-local <paramref name="personId"/>.</summary>
    protected abstract TPlan WithResponsible(TPlan plan, string personId);

    protected async Task PlanItemAsync(TPlan plan, string actor, CancellationToken cancellationToken)
    {
        Require.Present(plan, "Plan");
        var by = RequireActor(actor);
        var fields = Describe(plan);
        var id = GrainKey.ItemOf(Key);
        if (fields.Id != id)
        {
            throw Rejection(ChecklistErrorCodes.IdMismatch, $"Planen gäller '{fields.Id}', men detta är '{id}'.");
        }

        var title = Require.Text(fields.Title, "Rubrik");
        var person = await Roster.RequirePersonAsync(fields.ResponsiblePersonId, "Ansvarig", cancellationToken);
        var planned = WithResponsible(plan, person.Id);
        if (State.Plan is not null && GovernanceJson.SameContent(State.Plan, planned))
        {
            return;
        }

        if (State.Status == ChecklistStatus.Completed)
        {
            throw Rejection(ChecklistErrorCodes.PlanLocked, $"{Noun} är redan klar och kan inte planeras om.");
        }

        var action = State.Plan is null ? "planned" : "plan-updated";
        State.Plan = planned;
        State.Status = ChecklistStatus.Open;
        await CommitAsync(new AuditEntry(
            Now(),
            by,
            $"{CodePrefix}.{action}",
            $"{title}: klart senast {StockholmTime.Format(fields.Due)}, ansvarig {person.Name}."));
    }

    protected async Task CompleteItemAsync(string documentationNote, string actor)
    {
        var by = RequireActor(actor);
        switch (State.Status)
        {
            case ChecklistStatus.NotPlanned:
                throw Rejection(ChecklistErrorCodes.NotPlanned, $"{Noun} är inte planerad.");
            case ChecklistStatus.Completed:
                throw Rejection(
                    ChecklistErrorCodes.AlreadyCompleted,
                    $"{Noun} är redan klarmarkerad av {State.Completion?.By}.");
        }

        if (string.IsNullOrWhiteSpace(documentationNote))
        {
            throw Rejection(ChecklistErrorCodes.DocumentationRequired, "Ange var eller hur arbetet är dokumenterat.");
        }

        var now = Now();
        State.Status = ChecklistStatus.Completed;
        State.Completion = new ChecklistCompletion(now, by, documentationNote.Trim());
        await CommitAsync(new AuditEntry(now, by, $"{CodePrefix}.completed", $"Klarmarkerad: {documentationNote.Trim()}"));
    }

    protected override object DescribeChange(AuditEntry entry)
    {
        var fields = Describe(State.Plan!);
        return new ChecklistItemChanged(Key, State.Version, entry.Action, fields.Due, State.Status, fields.ResponsiblePersonId);
    }

    private GovernanceRuleException Rejection(string suffix, string message) =>
        new(ChecklistErrorCodes.Of(CodePrefix, suffix), message);
}
