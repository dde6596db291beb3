namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>What kind of item a wheel activity or an overdue item is.</summary>
public enum WheelItemKind
{
    /// <summary>A meeting (<c>{org}/meeting/{id}</c>); it falls due at its start.</summary>
    Meeting,

    /// <summary>A report deadline (<c>{org}/deadline/{id}</c>).</summary>
    Deadline,

    /// <summary>A work-environment (SAM) task (<c>{org}/sam-task/{id}</c>).</summary>
    WorkEnvironmentTask,

    /// <summary>The board's adoption of the internkontrollplan (<c>{org}/internal-control/{year}</c>).</summary>
    InternalControlAdoption,

    /// <summary>The tertial-2 follow-up of the internkontrollplan.</summary>
    InternalControlFollowUp,

    /// <summary>One control of the internkontrollplan; its id is the control's id.</summary>
    InternalControl,

    /// <summary>A board decision from the decision register (only among overdue items, never an activity).</summary>
    Decision,
}
