using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>An item that is overdue at the queried instant.</summary>
/// <param name="Id">The item's id (for a decision: its reference).</param>
/// <param name="GrainKey">The grain that holds the item.</param>
/// <param name="OverdueSince">When it became overdue: the start of the day after the due date (Europe/Stockholm), or,
/// for a meeting, its end plus <see cref="AnnualWheelRules.MinutesApprovalPeriod"/> (14 days).</param>
/// <param name="Status">The item's current status, the name of its status enum.</param>
/// <param name="ResponsiblePersonId">Who is responsible, where the item names one.</param>
public sealed record WheelOverdueItem(
    WheelItemKind Kind,
    string Id,
    string Title,
    string GrainKey,
    Instant OverdueSince,
    string Status,
    string? ResponsiblePersonId);
