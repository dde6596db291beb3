using NodaTime;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Formats;

namespace SCO.Arshjul.Notifications.Dispatching;

/// <summary>
/// Turns a pass's claimed notifications into messages. A combinable notification (a personal reminder: one recipient)
/// is grouped with the same person's others whose due time falls on the same Europe/Stockholm date; a group is
/// delivered as one message once its oldest row is <c>CombineWindow</c> old (its siblings, fired in the same hour, are
/// in by then), else its rows wait until that moment. Every other notification is a message of its own.
/// </summary>
internal static class MessageCombiner
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    public static DeliveryPlan Plan(IReadOnlyList<ClaimedNotification> claimed, DateTimeOffset now, TimeSpan combineWindow)
    {
        var deliveries = claimed.Where(c => !IsCombinable(c.Notification)).Select(c => Single(c)).ToList();
        var waiting = new List<(ClaimedNotification, DateTimeOffset)>();
        foreach (var group in claimed.Where(c => IsCombinable(c.Notification)).GroupBy(c => GroupKey(c.Notification)))
        {
            var readyAt = group.Min(c => c.Row.CreatedUtc) + combineWindow;
            if (readyAt > now)
            {
                waiting.AddRange(group.Select(c => (c, readyAt)));
                continue;
            }

            var parts = group
                .OrderBy(c => c.Notification.DueAt)
                .ThenBy(c => c.Notification.ItemTitle, StringComparer.Ordinal)
                .ThenBy(c => c.Notification.IdempotencyKey, StringComparer.Ordinal)
                .ToList();
            deliveries.Add(parts.Count == 1 ? Single(parts[0]) : Combined(group.Key.Date, parts));
        }

        return new DeliveryPlan([.. deliveries.OrderBy(d => d.Parts.Min(p => p.Row.CreatedUtc))], waiting);
    }

    /// <summary>Stable across retries and nodes: a hash of the parts' idempotency keys, e.g. <c>3f2a…@arshjul</c>.</summary>
    public static string MessageIdOf(IEnumerable<string> idempotencyKeys) =>
        StableHash.Hex(string.Join('\n', idempotencyKeys.Order(StringComparer.Ordinal)), 32) + "@arshjul";

    private static bool IsCombinable(Notification notification) => notification.Combinable && notification.Recipients.Count == 1;

    private static (string Organisation, string Person, LocalDate Date) GroupKey(Notification notification) =>
        (notification.OrganisationId, notification.Recipients[0].PersonId, notification.DueAt.InZone(Stockholm).Date);

    private static Delivery Single(ClaimedNotification part)
    {
        var n = part.Notification;
        return new Delivery(new OutgoingMessage(MessageIdOf([n.IdempotencyKey]), n.Recipients, n.Subject, n.Body, n.Calendar, [n]), [part]);
    }

    private static Delivery Combined(LocalDate date, List<ClaimedNotification> parts)
    {
        var notifications = parts.Select(p => p.Notification).ToList();
        var recipient = notifications[0].Recipients[0];
        var message = new OutgoingMessage(
            MessageIdOf(notifications.Select(n => n.IdempotencyKey)),
            [recipient],
            CombinedReminderText.Subject(date, parts.Count),
            CombinedReminderText.Body(recipient, date, notifications),
            null,
            notifications);
        return new Delivery(message, parts);
    }
}
