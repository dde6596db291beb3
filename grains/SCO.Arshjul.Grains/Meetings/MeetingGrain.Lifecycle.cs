using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.Grains;

/// <summary>The meeting's lifecycle after planning: kallelse, handlingar, genomfört, justering, ombokning, inställt.</summary>
internal sealed partial class MeetingGrain
{
    private static readonly MeetingStatus[] Open =
        [MeetingStatus.Planned, MeetingStatus.InvitationSent, MeetingStatus.PapersSent, MeetingStatus.Rescheduled];

    public async Task<MeetingSnapshot> RecordInvitationSentAsync(string actor, CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        RequireStatus("Kallelse kan skickas", GovernanceErrorCodes.MeetingInvalidTransition, MeetingStatus.Planned, MeetingStatus.Rescheduled);
        var now = Now();
        State.Status = MeetingStatus.InvitationSent;
        State.InvitationSentAt = now;
        await CommitAndPublishAsync(
            new AuditEntry(now, by, "meeting.invitation-sent", $"Kallelse skickad till mötet {StockholmTime.Format(State.Start)}."),
            cancellationToken);
        return ToSnapshot();
    }

    public async Task<MeetingSnapshot> RecordPapersSentAsync(string actor, CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        RequireStatus("Handlingar kan skickas", GovernanceErrorCodes.MeetingInvalidTransition, MeetingStatus.InvitationSent);
        var now = Now();
        State.Status = MeetingStatus.PapersSent;
        State.PapersSentAt = now;
        await CommitAndPublishAsync(new AuditEntry(now, by, "meeting.papers-sent", "Handlingar skickade."), cancellationToken);
        return ToSnapshot();
    }

    public async Task<MeetingSnapshot> MarkHeldAsync(string actor, CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        RequireStatus("Mötet kan markeras genomfört", GovernanceErrorCodes.MeetingInvalidTransition, MeetingStatus.InvitationSent, MeetingStatus.PapersSent);
        var now = Now();
        if (now < State.StartsAt)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.MeetingHeldBeforeStart,
                $"Mötet kan inte markeras genomfört före sin start {StockholmTime.Format(State.Start)}.");
        }

        State.Status = MeetingStatus.Held;
        State.HeldAt = now;
        await CommitAndPublishAsync(new AuditEntry(now, by, "meeting.held", "Mötet genomfört."), cancellationToken);
        return ToSnapshot();
    }

    public async Task<MeetingSnapshot> ApproveMinutesAsync(string actor, CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        var code = State.Status == MeetingStatus.MinutesApproved
            ? GovernanceErrorCodes.MeetingInvalidTransition
            : GovernanceErrorCodes.MeetingMinutesNotHeld;
        RequireStatus("Protokollet kan justeras", code, MeetingStatus.Held);
        var now = Now();
        State.Status = MeetingStatus.MinutesApproved;
        State.MinutesApprovedAt = now;
        await CommitAndPublishAsync(new AuditEntry(now, by, "meeting.minutes-approved", "Protokollet justerat."), cancellationToken);
        return ToSnapshot();
    }

    public async Task<MeetingSnapshot> RescheduleAsync(
        LocalDateTime start,
        LocalDateTime end,
        string reason,
        string actor,
        CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        var why = Require.Text(reason, "Skäl till ombokningen");
        RequireStatus("Mötet kan bokas om", GovernanceErrorCodes.MeetingRescheduleNotAllowed, Open);
        var (startsAt, endsAt) = StockholmTime.ToInterval(start, end);
        if (start == State.Start && end == State.End)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.MeetingRescheduleUnchanged,
                $"Mötet ligger redan {StockholmTime.Format(start)}–{StockholmTime.Format(end)}.");
        }

        var details = $"Ombokat från {StockholmTime.Format(State.Start)} till {StockholmTime.Format(start)}–{StockholmTime.Format(end)}: {why}";
        State.Status = MeetingStatus.Rescheduled;
        State.Start = start;
        State.End = end;
        State.StartsAt = startsAt;
        State.EndsAt = endsAt;
        State.Sequence++;
        await CommitAndPublishAsync(new AuditEntry(Now(), by, "meeting.rescheduled", details), cancellationToken);
        return ToSnapshot();
    }

    public async Task<MeetingSnapshot> CancelAsync(string reason, string actor, CancellationToken cancellationToken = default)
    {
        var by = RequireActor(actor);
        var why = Require.Text(reason, "Skäl till att mötet ställs in");
        RequireStatus("Mötet kan ställas in", GovernanceErrorCodes.MeetingCancelNotAllowed, Open);
        var now = Now();
        State.Status = MeetingStatus.Cancelled;
        State.CancelledAt = now;
        State.CancellationReason = why;
        State.Sequence++;
        await CommitAndPublishAsync(new AuditEntry(now, by, "meeting.cancelled", $"Mötet inställt: {why}"), cancellationToken);
        return ToSnapshot();
    }

    /// <summary>Rejects the step unless the meeting is planned and in one of <paramref name="allowed"/>.</summary>
    private void RequireStatus(string step, string code, params MeetingStatus[] allowed)
    {
        RequirePlanned();
        if (!allowed.Contains(State.Status))
        {
            var names = string.Join(" eller ", allowed.Select(MeetingStatusNames.Swedish));
            throw new GovernanceRuleException(
                code,
                $"{step} bara när mötet är {names}; nu är det {MeetingStatusNames.Swedish(State.Status)}.");
        }
    }

    /// <summary>Rejects the step while the meeting is not planned.</summary>
    private void RequirePlanned()
    {
        if (State.Status == MeetingStatus.NotPlanned)
        {
            throw new GovernanceRuleException(GovernanceErrorCodes.MeetingNotPlanned, "Mötet är inte planerat.");
        }
    }
}
