using NodaTime;
using SCO.Arshjul.Grains.Calendar;
using SCO.Arshjul.Notifications;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>The preview's counts and flags.</summary>
/// <param name="Notifications">How many notifications.</param>
/// <param name="Messages">How many messages they go out as (a person's reminders of one day are combined into one).</param>
/// <param name="PerKind">Per kind, in the order of <see cref="NotificationKind"/>.</param>
/// <param name="PerPerson">Per recipient, most first.</param>
/// <param name="NonWorkingDays">Days off with notifications due (flag; there should be none).</param>
/// <param name="BusyDays">People receiving more than <paramref name="MaxPerPersonPerDay"/> in one day (flag).</param>
/// <param name="MaxPerPersonPerDay">The threshold of <paramref name="BusyDays"/> (<see cref="PreviewOptions.MaxPerPersonPerDay"/>).</param>
public sealed record PreviewSummary(
    int Notifications,
    int Messages,
    IReadOnlyList<PreviewKindCount> PerKind,
    IReadOnlyList<PreviewPersonCount> PerPerson,
    IReadOnlyList<PreviewNonWorkingDay> NonWorkingDays,
    IReadOnlyList<PreviewBusyDay> BusyDays,
    int MaxPerPersonPerDay)
{
    /// <summary>The counts and flags of <paramref name="notifications"/>, sent as <paramref name="messages"/> messages.</summary>
    public static PreviewSummary Of(IReadOnlyList<PreviewNotification> notifications, int messages, int maxPerPersonPerDay)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var received = notifications.SelectMany(n => n.Recipients.Select(r => (Recipient: r, n.At.Date))).ToList();
        return new PreviewSummary(
            notifications.Count,
            messages,
            [.. notifications.GroupBy(n => n.Kind).OrderBy(g => g.Key).Select(g => new PreviewKindCount(g.Key, NotificationKindNames.Swedish(g.Key), g.Count()))],
            [.. received.GroupBy(r => r.Recipient.PersonId, StringComparer.Ordinal)
                .Select(g => new PreviewPersonCount(g.Key, g.First().Recipient.Name, g.First().Recipient.Email, g.Count()))
                .OrderByDescending(p => p.Count).ThenBy(p => p.Name, StringComparer.Ordinal)],
            [.. notifications.GroupBy(n => n.At.Date).Where(g => !WorkingDays.IsWorkingDay(g.Key)).OrderBy(g => g.Key)
                .Select(g => new PreviewNonWorkingDay(g.Key, WorkingDays.ReasonNotWorking(g.Key)!, g.Count()))],
            [.. received.GroupBy(r => (r.Recipient.PersonId, r.Date)).Where(g => g.Count() > maxPerPersonPerDay)
                .OrderBy(g => g.Key.Date).ThenBy(g => g.First().Recipient.Name, StringComparer.Ordinal)
                .Select(g => new PreviewBusyDay(g.Key.PersonId, g.First().Recipient.Name, g.Key.Date, g.Count()))],
            maxPerPersonPerDay);
    }

    /// <summary>Whether <paramref name="personId"/> is flagged on <paramref name="date"/>.</summary>
    public bool IsBusy(string personId, LocalDate date) => BusyDays.Any(b => b.PersonId == personId && b.Date == date);

    /// <summary>Whether <paramref name="date"/> is flagged as a day off with notifications.</summary>
    public bool IsNonWorking(LocalDate date) => NonWorkingDays.Any(d => d.Date == date);
}
