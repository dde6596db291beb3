using NodaTime;

namespace SCO.Arshjul.Grains;

/// <summary>What the wheel reads of an activity's item grain at query time.</summary>
/// <param name="DueAt">When it falls due (a meeting's current start; otherwise the start of its due date).</param>
/// <param name="OverdueFrom">When it becomes overdue if not done; null when it is never overdue itself.</param>
/// <param name="Status">The item's status, as the name of its status enum.</param>
/// <param name="IsDone">Whether nothing more is expected of it.</param>
/// <param name="ResponsiblePersonId">Who is responsible, where the item names one.</param>
internal sealed record WheelItemState(Instant DueAt, Instant? OverdueFrom, string Status, bool IsDone, string? ResponsiblePersonId);
