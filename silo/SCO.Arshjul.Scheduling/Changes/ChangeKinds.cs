namespace SCO.Arshjul.Scheduling.Changes;

/// <summary>The outbox kinds the <see cref="ChangeProcessor"/> claims, in the order it handles them.</summary>
public static class ChangeKinds
{
    /// <summary>What the roster writes on every change: the attendees of meetings already invited are brought up to date.</summary>
    public const string Roster = "roster.changed";

    /// <summary>The kinds written on every change of an item with reminders, whose reminders are re-planned.</summary>
    public static IReadOnlyList<string> Items { get; } =
        ["meeting.changed", "decision.changed", "deadline.changed", "sam-task.changed", "internal-control.changed"];

    /// <summary>The item kinds (<see cref="Items"/>), then <see cref="Roster"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Items, Roster];
}
