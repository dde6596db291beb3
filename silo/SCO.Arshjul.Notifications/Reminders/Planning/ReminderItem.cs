using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>
/// One thing reminders are planned for: a grain, or one part of an internal-control plan (a control, the plan's
/// adoption or its tertial-2 follow-up).
/// </summary>
/// <param name="ItemKey">The grain's key, e.g. <c>sco/deadline/2025-04-30-arsredovisning</c> or <c>sco/internal-control/2025</c>.</param>
/// <param name="SubItemId">Within an internal-control plan: the control's id, or <see cref="AnnualWheelRules.InternalControlAdoptionId"/> /
/// <see cref="AnnualWheelRules.InternalControlFollowUpId"/>; null for every other kind.</param>
public sealed record ReminderItem(string ItemKey, WheelItemKind Kind, string? SubItemId = null)
{
    /// <summary>The item's own id and the prefix of its occurrence keys: the grain key, plus <c>/{SubItemId}</c> if any.</summary>
    public string Id => SubItemId is null ? ItemKey : $"{ItemKey}/{SubItemId}";

    /// <summary>The organisation (the key's first part).</summary>
    public string OrganisationId => GrainKey.OrganisationOf(ItemKey);

    /// <summary>The item <paramref name="occurrence"/> belongs to.</summary>
    public static ReminderItem Of(ReminderOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return new ReminderItem(occurrence.ItemKey, occurrence.ItemKind, occurrence.SubItemId);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}";
}
