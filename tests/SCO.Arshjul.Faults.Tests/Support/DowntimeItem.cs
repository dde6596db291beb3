using NodaTime;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>One item of <see cref="DowntimeDeadlines"/>: its reminder item id, title, due date, the reminder the downtime made it miss (if any) and who gets it.</summary>
/// <param name="ItemId">The reminder item's id: the grain key, plus <c>/{sub item}</c> in an internal-control plan.</param>
/// <param name="Missed">The missed occurrence's key part, e.g. <c>due-3d</c> or <c>overdue/2026-11-24</c>; null when none falls in the window.</param>
/// <param name="Seed">Creates the item through its grain.</param>
/// <param name="SeededOn">When the item comes to exist (Stockholm), if not with the others just before the window: an
/// item overdue in the window must exist from its due date on, else it is born overdue and gets no weekly reminder.</param>
internal sealed record DowntimeItem(
    string ItemId,
    string Title,
    LocalDate Due,
    string ResponsiblePersonId,
    string? Missed,
    IReadOnlyList<string> Recipients,
    Func<IGrainFactory, CancellationToken, Task> Seed,
    LocalDateTime? SeededOn = null)
{
    /// <summary>The notifications the missed reminder must yield, one per recipient: <c>{item}/{missed}/{person}</c>.</summary>
    public IEnumerable<string> ExpectedKeys =>
        Missed is null ? [] : Recipients.Distinct(StringComparer.Ordinal).Select(person => $"{ItemId}/{Missed}/{person}");
}
