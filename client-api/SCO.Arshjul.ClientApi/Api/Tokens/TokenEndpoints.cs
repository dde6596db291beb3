using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Identity.Tokens;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Tokens;

/// <summary>
/// <c>tokens</c>: the signed-in person's own personal API tokens — list, create (the secret shown once) and revoke.
/// Every route works on the caller's own account only, so nobody can see or touch another person's tokens.
/// </summary>
internal static class TokenEndpoints
{
    public static void MapTokenEndpoints(this RouteGroupBuilder organisation)
    {
        var tokens = organisation.MapGroup("/tokens").WithTags("API-nycklar");
        tokens.MapGet("/", ListAsync);
        tokens.MapPost("/", CreateAsync);
        tokens.MapDelete("/{tokenId}", RevokeAsync);
    }

    /// <summary>The caller's active tokens (neither revoked nor expired), oldest first; never their secrets.</summary>
    private static async Task<Ok<IReadOnlyList<ApiTokenInfo>>> ListAsync(string org, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TypedResults.Ok((await Account(grains, org, user).GetAsync(cancellationToken)).ApiTokens);

    private static async Task<Results<Created<CreatedToken>, ProblemHttpResult>> CreateAsync(
        string org, CreateTokenRequest request, ApiTokens tokens, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return problem;
        }

        var (info, token) = await tokens.CreateAsync(org, user.PersonOf()!, request.Name!.Trim(), request.ExpiresAt, user.ActorOf(), cancellationToken);
        return TypedResults.Created($"/api/v1/orgs/{org}/tokens", new CreatedToken(info.Id, info.Name, info.CreatedAt, info.ExpiresAt, token));
    }

    /// <summary>Revokes one of the caller's active tokens: it stops working at once (also for the request's own token).</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string org, string tokenId, IGrainFactory grains, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var account = Account(grains, org, user);
        if (!(await account.GetAsync(cancellationToken)).ApiTokens.Any(t => t.Id == tokenId))
        {
            return (ProblemHttpResult)GovernanceProblems.Result(
                StatusCodes.Status404NotFound, "Finns inte", "token.not-found", $"Du har ingen aktiv API-nyckel '{tokenId}'.");
        }

        await account.RevokeApiTokenAsync(tokenId, user.ActorOf(), cancellationToken);
        return TypedResults.NoContent();
    }

    private static IAccountGrain Account(IGrainFactory grains, string org, ClaimsPrincipal user) =>
        grains.GetGrain<IAccountGrain>($"{org}/account/{user.PersonOf()}");
}
