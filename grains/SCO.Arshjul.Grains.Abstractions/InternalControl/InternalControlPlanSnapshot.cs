using NodaTime;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>The year's internkontrollplan at one version.</summary>
/// <param name="Key">The grain key, <c>{org}/internal-control/{year}</c>.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="AdoptBy">When the board should adopt it (null before it is planned).</param>
/// <param name="FollowUpDue">When the tertial-2 follow-up is due (null before it is planned).</param>
/// <param name="AdoptedAt">When it was adopted.</param>
/// <param name="AdoptedBy">Who recorded the adoption.</param>
/// <param name="Version">Raised by every change; 0 before it is planned.</param>
public sealed record InternalControlPlanSnapshot(
    string Key,
    int Year,
    InternalControlPlanStatus Status,
    LocalDate? AdoptBy,
    LocalDate? FollowUpDue,
    bool Assumed,
    Instant? AdoptedAt,
    string? AdoptedBy,
    IReadOnlyList<ControlSnapshot> Controls,
    int Version,
    IReadOnlyList<AuditEntry> History);
