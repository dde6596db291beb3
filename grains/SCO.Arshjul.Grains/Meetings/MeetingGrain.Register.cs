using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.Grains;

/// <summary>Keeps the meeting's line in the organisation's <see cref="IMeetingRegisterGrain"/> up to date.</summary>
internal sealed partial class MeetingGrain
{
    /// <summary>
    /// Writes, then upserts the summary into the register. The register ignores versions it has already seen, so a
    /// retry after a failed upsert is harmless; if the upsert fails, the next write of this meeting or the same plan
    /// again (as a regenerated wheel sends it) repairs the line.
    /// </summary>
    private async Task CommitAndPublishAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await CommitAsync(entry);
        await PublishAsync(cancellationToken);
    }

    /// <summary>Upserts the meeting's current summary into the register (a no-op there unless it is newer).</summary>
    private Task PublishAsync(CancellationToken cancellationToken) =>
        GrainFactory.GetGrain<IMeetingRegisterGrain>(OrganisationScope.MeetingRegisterKey(OrganisationId))
            .UpsertAsync(ToSummary(), cancellationToken);

    /// <summary>The register line of a planned meeting; who and when come from its last history entry.</summary>
    private MeetingSummary ToSummary()
    {
        var plan = State.Plan!;
        var last = State.History[^1];
        return new MeetingSummary(
            Key,
            plan.Id,
            plan.ActivityId,
            plan.Kind,
            [.. plan.BodyIds],
            plan.Title,
            State.Start,
            State.End,
            State.StartsAt,
            State.EndsAt,
            plan.Location,
            State.Status,
            State.Sequence,
            plan.Assumed,
            State.Version,
            last.At,
            last.Actor);
    }
}
