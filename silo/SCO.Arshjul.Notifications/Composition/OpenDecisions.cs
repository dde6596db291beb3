using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// The board's decisions not yet återrapporterade, from the register "Styrelsens beslut och processer": a board
/// meeting's kallelse and handlingar carry them, so the board follows every decision until it is reported back.
/// </summary>
internal sealed class OpenDecisions(IGrainFactory grains)
{
    /// <summary>The section for <paramref name="meeting"/>'s body text: empty unless it is a board meeting.</summary>
    public async Task<IReadOnlyList<string>> SectionAsync(ReminderContext context, MeetingSnapshot meeting, CancellationToken cancellationToken)
    {
        if (meeting.Kind != MeetingKind.BoardMeeting)
        {
            return [];
        }

        var register = grains.GetGrain<IDecisionRegisterGrain>($"{context.Occurrence.OrganisationId}/decision-register");
        var entries = await register.ListAsync(new DecisionRegisterFilter(At: context.FiredAt), cancellationToken);
        var open = entries.Where(e => e.Summary.Status is DecisionStatus.Decided or DecisionStatus.InProgress or DecisionStatus.Executed).ToList();
        if (open.Count == 0)
        {
            return [string.Empty, "Styrelsens beslut och processer: alla beslut är återrapporterade."];
        }

        return
        [
            string.Empty,
            "Styrelsens beslut och processer – beslut som ännu inte är återrapporterade:",
            .. open.Select(e => Line(context, e)),
        ];
    }

    private static string Line(ReminderContext context, DecisionRegisterEntry entry)
    {
        var decision = entry.Summary;
        var overdue = entry.IsOverdue ? ", försenat" : string.Empty;
        return $"- {decision.Reference} {decision.Title}. Ansvarig: {RosterPeople.NameOf(context.Organisation, decision.ResponsiblePersonId)}. " +
            $"Senast: {SwedishDates.Date(decision.Due)}. Status: {SwedishLabels.Of(decision.Status)}{overdue}.";
    }
}
