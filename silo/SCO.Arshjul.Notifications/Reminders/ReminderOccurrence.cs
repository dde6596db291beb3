using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Notifications.Reminders;

/// <summary>
/// One reminder of one item at one instant: what the planner computes from an item and the policy, what Quartz
/// fires, and what the handler turns into notifications. <see cref="Key"/> is stable, so planning the same item
/// again yields the same keys (re-timing replaces a trigger; it never duplicates one).
/// </summary>
/// <param name="Key">E.g. <c>sco/decision/SCÖ 2024-2.13/due-14d</c>, <c>sco/meeting/2025-03-14-styrelse/invitation</c>,
/// <c>sco/meeting/…/update/seq-2</c>, <c>sco/internal-control/2025/attest/overdue/2025-06-09</c>.</param>
/// <param name="OrganisationId">The organisation (the key's first part).</param>
/// <param name="ItemKey">The grain holding the item (for a control: the internal-control plan).</param>
/// <param name="SubItemId">The control's id within its plan; null for other kinds.</param>
/// <param name="DaysBefore">For <see cref="ReminderKind.DueBefore"/>: how many days before the due date (0 = on the day).</param>
/// <param name="FireAt">When it is due to fire (UTC), already moved off weekends and holidays.</param>
public sealed record ReminderOccurrence(
    string Key,
    string OrganisationId,
    string ItemKey,
    WheelItemKind ItemKind,
    string? SubItemId,
    ReminderKind Kind,
    int? DaysBefore,
    Instant FireAt);
