namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>What a template activity turns into in the year plan. YAML names in brackets.</summary>
public enum ActivityKind
{
    /// <summary>[meeting] a <see cref="PlannedMeeting"/>.</summary>
    Meeting,

    /// <summary>[deadline] a <see cref="PlannedDeadline"/>.</summary>
    Deadline,

    /// <summary>[sam] a <see cref="PlannedWorkEnvironmentTask"/> of the systematic work-environment management.</summary>
    WorkEnvironmentTask,
}
