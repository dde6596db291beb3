using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>
/// One meeting; see <see cref="IMeetingGrain"/>. Planning here, the lifecycle in MeetingGrain.Lifecycle.cs, what the
/// delivery channel records (calendar event, invited attendees) in MeetingGrain.Delivery.cs, the register line in
/// MeetingGrain.Register.cs. Calls the roster and the meeting register.
/// </summary>
[GrainType("meeting")]
internal sealed partial class MeetingGrain(TimeProvider timeProvider)
    : GovernanceGrain<MeetingState>(timeProvider), IMeetingGrain
{
    protected override string OutboxKind => "meeting.changed";

    public async Task<MeetingSnapshot> PlanAsync(PlannedMeeting plan, string actor, CancellationToken cancellationToken = default)
    {
        Require.Present(plan, "Mötesplan");
        var by = RequireActor(actor);
        var id = GrainKey.ItemOf(Key);
        if (plan.Id != id)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.MeetingIdMismatch,
                $"Planen gäller mötet '{plan.Id}', men detta är mötet '{id}'.");
        }

        if (State.Plan is not null && GovernanceJson.SameContent(State.Plan, plan))
        {
            await PublishAsync(cancellationToken); // repairs a line whose upsert failed, or fills a new register
            return ToSnapshot();
        }

        if (State.Status is not (MeetingStatus.NotPlanned or MeetingStatus.Planned))
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.MeetingPlanLocked,
                $"Mötet är {MeetingStatusNames.Swedish(State.Status)} och kan inte planeras om: boka om eller ställ in det i stället.");
        }

        var title = Require.Text(plan.Title, "Mötets rubrik");
        var bodyIds = plan.BodyIds ?? [];
        if (bodyIds.Count == 0)
        {
            throw new GovernanceRuleException(GovernanceErrorCodes.MeetingBodiesRequired, "Minst ett organ måste kallas till mötet.");
        }

        var (startsAt, endsAt) = StockholmTime.ToInterval(plan.Start, plan.End);
        await Roster.RequireBodiesAsync(bodyIds, cancellationToken);

        var action = State.Plan is null ? "meeting.planned" : "meeting.plan-updated";
        State.Plan = plan;
        State.Status = MeetingStatus.Planned;
        State.Start = plan.Start;
        State.End = plan.End;
        State.StartsAt = startsAt;
        State.EndsAt = endsAt;
        await CommitAndPublishAsync(new AuditEntry(
            Now(),
            by,
            action,
            $"{title} planerat {StockholmTime.Format(plan.Start)}–{StockholmTime.Format(plan.End)}, {string.Join(", ", bodyIds)}."),
            cancellationToken);
        return ToSnapshot();
    }

    public Task<MeetingSnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(ToSnapshot());

    protected override object DescribeChange(AuditEntry entry) => new MeetingChanged(
        Key,
        State.Version,
        entry.Action,
        State.Status,
        State.StartsAt,
        State.EndsAt,
        State.Sequence,
        [.. State.Plan?.BodyIds ?? []]);

    private MeetingSnapshot ToSnapshot() => new(
        Key,
        GrainKey.ItemOf(Key),
        State.Plan?.ActivityId,
        State.Status,
        State.Plan?.Kind ?? default,
        [.. State.Plan?.BodyIds ?? []],
        State.Plan?.Title ?? string.Empty,
        State.Start,
        State.End,
        State.StartsAt,
        State.EndsAt,
        State.Plan?.Location,
        [.. State.Plan?.Agenda ?? []],
        State.Plan?.Assumed ?? false,
        State.Sequence,
        State.InvitationSentAt,
        State.PapersSentAt,
        State.HeldAt,
        State.MinutesApprovedAt,
        State.CancelledAt,
        State.CancellationReason,
        State.Version,
        [.. State.History])
    {
        CalendarEventId = State.CalendarEventId,
        InvitedAttendees = [.. State.InvitedAttendees],
    };
}
