using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace SCO.Arshjul.ClientApi.Identity;

/// <summary>
/// "Their own items": whoever is responsible for an item acts on it — completes their SAM task, writes a progress note on
/// their decision — whatever their role; förbundschef and kansli act on every item (<see cref="ArshjulPolicies.Manage"/>).
/// </summary>
public static class OwnItems
{
    /// <summary>Whether <paramref name="user"/> is <paramref name="responsiblePersonId"/> or a manager.</summary>
    public static async Task<bool> MayActOnAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string responsiblePersonId)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(user);
        return string.Equals(responsiblePersonId, user.PersonOf(), StringComparison.Ordinal)
            || (await authorization.AuthorizeAsync(user, ArshjulPolicies.Manage)).Succeeded;
    }
}
