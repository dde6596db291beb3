using NodaTime;

namespace SCO.Arshjul.ClientApi.Api.History;

/// <summary>One line of an item's audit trail.</summary>
/// <param name="At">When the change was made.</param>
/// <param name="Actor">Who made it: <c>{org}/{person}</c> for a person, or a system name such as <c>wheel</c>.</param>
/// <param name="Action">A stable English code of the change, e.g. <c>meeting.rescheduled</c>.</param>
/// <param name="Description">What changed, in Swedish.</param>
public sealed record HistoryEntry(Instant At, string Actor, string Action, string Description);
