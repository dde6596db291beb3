namespace SCO.Arshjul.Grains.Common;

/// <summary>Where a checklist item (a deadline or a work-environment task) stands.</summary>
public enum ChecklistStatus
{
    /// <summary>Not planned yet: the grain holds no item.</summary>
    NotPlanned,

    /// <summary>Planned and not yet done.</summary>
    Open,

    /// <summary>Done, with a documentation note.</summary>
    Completed,
}
