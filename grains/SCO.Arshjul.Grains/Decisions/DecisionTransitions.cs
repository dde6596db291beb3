using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.Grains;

/// <summary>
/// The status rules of a board decision: beslutat → pågår → verkställt → återrapporterat, one step at a time, or
/// avbrutet from any status that is not final.
/// </summary>
internal static class DecisionTransitions
{
    private static readonly DecisionStatus[] Steps =
        [DecisionStatus.Decided, DecisionStatus.InProgress, DecisionStatus.Executed, DecisionStatus.ReportedBack];

    public static bool IsFinal(DecisionStatus status) => status is DecisionStatus.ReportedBack or DecisionStatus.Cancelled;

    /// <summary>Whether the decision is still to be carried out (and so can be overdue).</summary>
    public static bool IsPending(DecisionStatus status) => status is DecisionStatus.Decided or DecisionStatus.InProgress;

    /// <summary>Rejects a change from <paramref name="from"/> to <paramref name="to"/> that the rules do not allow.</summary>
    public static void Check(DecisionStatus from, DecisionStatus to)
    {
        if (from == DecisionStatus.NotRecorded)
        {
            throw NotRecorded();
        }

        if (IsFinal(from))
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.DecisionStatusFinal,
                $"Beslutet är {Swedish(from)} och dess status kan inte längre ändras.");
        }

        if (to == DecisionStatus.Cancelled)
        {
            return;
        }

        var fromStep = Array.IndexOf(Steps, from);
        var toStep = Array.IndexOf(Steps, to);
        if (toStep <= fromStep)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.DecisionInvalidTransition,
                to == from
                    ? $"Beslutet är redan {Swedish(from)}."
                    : $"Status kan inte gå från {Swedish(from)} till {Swedish(to)}.");
        }

        if (toStep > fromStep + 1)
        {
            var missing = string.Join(" och ", Steps[(fromStep + 1)..toStep].Select(Swedish));
            throw new GovernanceRuleException(
                GovernanceErrorCodes.DecisionSkippedStep,
                $"Status kan inte gå från {Swedish(from)} till {Swedish(to)}: steget {missing} saknas.");
        }
    }

    public static GovernanceRuleException NotRecorded() =>
        new(GovernanceErrorCodes.DecisionNotRecorded, "Beslutet är inte registrerat.");

    public static string Swedish(DecisionStatus status) => DecisionStatusNames.Swedish(status);
}
