using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.Organisation;

/// <summary>An organisation's roster at one version.</summary>
/// <param name="Key">The grain key, <c>{org}/roster</c>.</param>
/// <param name="OrganisationId">The organisation id.</param>
/// <param name="Definition">The imported definition, or null if nothing was imported yet.</param>
/// <param name="Version">Raised by every change; 0 before the first import.</param>
/// <param name="History">Every change: who, when, what.</param>
public sealed record RosterSnapshot(
    string Key,
    string OrganisationId,
    OrganisationDefinition? Definition,
    int Version,
    IReadOnlyList<AuditEntry> History);
