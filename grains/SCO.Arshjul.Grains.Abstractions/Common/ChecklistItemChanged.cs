using NodaTime;

namespace SCO.Arshjul.Grains.Common;

/// <summary>
/// Payload (JSON, web defaults with NodaTime's converters) of the outbox messages <c>deadline.changed</c> and
/// <c>sam-task.changed</c>, so that the scheduler can re-time or drop reminders.
/// </summary>
/// <param name="Key">The item's grain key.</param>
/// <param name="Version">The item's state version after the change.</param>
/// <param name="Action">What happened, e.g. <c>deadline.completed</c>.</param>
/// <param name="Due">The due date (Europe/Stockholm).</param>
/// <param name="Status">The status after the change.</param>
/// <param name="ResponsiblePersonId">Who is responsible.</param>
public sealed record ChecklistItemChanged(
    string Key,
    int Version,
    string Action,
    LocalDate Due,
    ChecklistStatus Status,
    string ResponsiblePersonId);
