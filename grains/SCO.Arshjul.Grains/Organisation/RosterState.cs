using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="OrganisationRosterGrain"/>.</summary>
public sealed class RosterState : GovernanceState
{
    /// <summary>The imported definition (an immutable record), or null before the first import.</summary>
    public OrganisationDefinition? Definition { get; set; }
}
