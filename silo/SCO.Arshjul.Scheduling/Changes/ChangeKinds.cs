namespace SCO.Arshjul.Scheduling.Changes;

/// <summary>The outbox kinds the grains write on every change of an item with reminders.</summary>
public static class ChangeKinds
{
    /// <summary><c>meeting.changed</c>, <c>decision.changed</c>, <c>deadline.changed</c>, <c>sam-task.changed</c>, <c>internal-control.changed</c>.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["meeting.changed", "decision.changed", "deadline.changed", "sam-task.changed", "internal-control.changed"];
}
