using Microsoft.AspNetCore.Authorization;

namespace SCO.Arshjul.ClientApi.Identity;

/// <summary>The authorization rules, enforced on the server for the API and the pages alike.</summary>
public static class ArshjulPolicies
{
    /// <summary>Förbundschef and kansli: create and change anything.</summary>
    public const string Manage = "manage";

    /// <summary>
    /// Internkontrollanter and the förbundschef: check off controls — the same two roles the internal-control plan grain
    /// accepts as checker. The kansli, whose work is being controlled, does not record the checks.
    /// </summary>
    public const string CheckControls = "check-controls";

    /// <summary>Everyone who may read everything, history included (not beredningsgrupp or medlemsråd alone).</summary>
    public const string ReadAll = "read-all";

    /// <summary>Registers the policies; anything else needs a signed-in person.</summary>
    public static AuthorizationBuilder AddArshjulPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddPolicy(Manage, p => p.RequireAuthenticatedUser().RequireRole(ArshjulRole.Managers))
            .AddPolicy(CheckControls, p => p.RequireAuthenticatedUser().RequireRole(ArshjulRole.Internkontrollant, ArshjulRole.Forbundschef))
            .AddPolicy(ReadAll, p => p.RequireAuthenticatedUser().RequireRole(ArshjulRole.Readers))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(ArshjulClaims.Organisation).Build());
    }
}
