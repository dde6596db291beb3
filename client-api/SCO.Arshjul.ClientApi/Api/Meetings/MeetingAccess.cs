using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Meetings;

/// <summary>
/// Which meetings a person may read: everyone who reads everything (<see cref="ArshjulPolicies.ReadAll"/>) all of
/// them; anyone else (a beredningsgrupp or medlemsråd member) only those their own bodies are invited to.
/// </summary>
public sealed class MeetingAccess
{
    private readonly HashSet<string>? _ownBodies;

    private MeetingAccess(IReadOnlyList<BodyDefinition> bodies, HashSet<string>? ownBodies) => (Bodies, _ownBodies) = (bodies, ownBodies);

    /// <summary>Every body of the organisation, in the roster's order.</summary>
    public IReadOnlyList<BodyDefinition> Bodies { get; }

    /// <summary>True when the person reads every meeting.</summary>
    public bool ReadsAll => _ownBodies is null;

    /// <summary>The access of <paramref name="user"/>, from the roster of their organisation.</summary>
    public static async Task<MeetingAccess> OfAsync(
        ClaimsPrincipal user, IAuthorizationService authorization, IGrainFactory grains, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(grains);
        var roster = (await grains.GetGrain<IOrganisationRosterGrain>($"{user.OrganisationOf()}/roster").GetAsync(cancellationToken)).Definition;
        var bodies = roster?.Bodies ?? [];
        if ((await authorization.AuthorizeAsync(user, ArshjulPolicies.ReadAll)).Succeeded)
        {
            return new MeetingAccess(bodies, null);
        }

        var person = roster?.People.FirstOrDefault(p => p.Id == user.PersonOf());
        return new MeetingAccess(bodies, person?.Memberships.Select(m => m.BodyId).ToHashSet(StringComparer.Ordinal) ?? []);
    }

    /// <summary>Whether the person may read a meeting inviting <paramref name="bodyIds"/>.</summary>
    public bool Sees(IEnumerable<string> bodyIds) => _ownBodies is null || bodyIds.Any(_ownBodies.Contains);

    /// <summary>Whether the organisation has a body <paramref name="bodyId"/>.</summary>
    public bool HasBody(string bodyId) => Bodies.Any(b => b.Id == bodyId);
}
