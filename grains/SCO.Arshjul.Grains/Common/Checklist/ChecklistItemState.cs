using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains;

/// <summary>State of a checklist item (deadline, work-environment task): its plan, status and completion.</summary>
/// <typeparam name="TPlan">The planned record, e.g. <see cref="AnnualWheel.PlannedDeadline"/>.</typeparam>
public abstract class ChecklistItemState<TPlan> : GovernanceState
    where TPlan : class
{
    /// <summary>The plan (responsible person as a roster-local id), or null before it is planned.</summary>
    public TPlan? Plan { get; set; }

    public ChecklistStatus Status { get; set; }

    /// <summary>Who completed it, when, and the documentation note; null while open.</summary>
    public ChecklistCompletion? Completion { get; set; }
}
