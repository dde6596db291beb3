using NodaTime;

namespace SCO.Arshjul.Grains.Common;

/// <summary>One line of a grain's history: who changed what, and when.</summary>
/// <param name="At">When the change was made (UTC).</param>
/// <param name="Actor">Who made it: a person id from the roster, or a system name such as <c>wheel</c>.</param>
/// <param name="Action">A stable English code of the change, e.g. <c>meeting.rescheduled</c>.</param>
/// <param name="Details">What changed, in Swedish, for people to read.</param>
public sealed record AuditEntry(Instant At, string Actor, string Action, string Details);
