namespace SCO.Arshjul.Grains.Common;

/// <summary>
/// Codes of the checklist rules that deadlines and work-environment tasks share: the item's prefix
/// (<see cref="DeadlinePrefix"/> or <see cref="WorkEnvironmentTaskPrefix"/>), a dot, and one of the suffixes below,
/// e.g. <c>deadline.already-completed</c> or <c>sam-task.documentation-required</c>.
/// </summary>
public static class ChecklistErrorCodes
{
    /// <summary>Prefix of deadline codes.</summary>
    public const string DeadlinePrefix = "deadline";

    /// <summary>Prefix of work-environment (SAM) task codes.</summary>
    public const string WorkEnvironmentTaskPrefix = "sam-task";

    /// <summary>The item has not been planned.</summary>
    public const string NotPlanned = "not-planned";

    /// <summary>The plan's id differs from the item's key.</summary>
    public const string IdMismatch = "id-mismatch";

    /// <summary>A different plan for an item that is already completed.</summary>
    public const string PlanLocked = "plan-locked";

    /// <summary>The item was already completed.</summary>
    public const string AlreadyCompleted = "already-completed";

    /// <summary>Completing requires a documentation note.</summary>
    public const string DocumentationRequired = "documentation-required";

    /// <summary>The full code: <c>Of(DeadlinePrefix, AlreadyCompleted)</c> is <c>deadline.already-completed</c>.</summary>
    public static string Of(string prefix, string suffix) => $"{prefix}.{suffix}";
}
