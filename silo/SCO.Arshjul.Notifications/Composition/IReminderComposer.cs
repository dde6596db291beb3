using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Composes the reminders of one kind of wheel item, after reading the item's current state.</summary>
internal interface IReminderComposer
{
    /// <summary>Whether this composer handles items of <paramref name="kind"/>.</summary>
    bool Handles(WheelItemKind kind);

    /// <summary>The notifications for <paramref name="context"/>, or why none apply any more.</summary>
    Task<ComposedReminder> ComposeAsync(ReminderContext context, CancellationToken cancellationToken);
}
