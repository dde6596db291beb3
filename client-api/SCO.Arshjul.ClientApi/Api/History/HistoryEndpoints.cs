using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.History;

/// <summary>
/// <c>items/{id}/history</c>: the audit trail of any item, for everyone who may read everything. The id is the grain key
/// without the organisation, as path segments (<c>items/meeting/2025-03-14-styrelse/history</c>, <c>items/roster/history</c>)
/// or as one URL-encoded segment (<c>items/meeting%2F2025-03-14-styrelse/history</c>).
/// </summary>
internal static class HistoryEndpoints
{
    public static void MapHistoryEndpoints(this RouteGroupBuilder organisation)
    {
        var items = organisation.MapGroup("/items").WithTags("Historik").RequireAuthorization(ArshjulPolicies.ReadAll);
        items.MapGet("/{id}/history", (string org, string id, IGrainFactory grains, IOutboxStore outbox, CancellationToken cancellationToken) =>
        {
            var parts = Decoded(id).Split('/', 2);
            return GetAsync(org, parts[0], parts.Length == 2 ? parts[1] : null, grains, outbox, cancellationToken);
        });
        items.MapGet("/{kind}/{item}/history", (string org, string kind, string item, IGrainFactory grains, IOutboxStore outbox, CancellationToken cancellationToken) =>
            GetAsync(org, kind, Decoded(item), grains, outbox, cancellationToken));
    }

    /// <summary>The history; 400 for an unknown kind or a malformed id, 404 when the item does not exist.</summary>
    private static async Task<Results<Ok<ItemHistory>, ProblemHttpResult>> GetAsync(
        string org, string kind, string? item, IGrainFactory grains, IOutboxStore outbox, CancellationToken cancellationToken)
    {
        var lookup = await ItemHistories.ReadAsync(grains, outbox, org, kind, item, cancellationToken);
        if (lookup.History is { } history)
        {
            return TypedResults.Ok(history);
        }

        return lookup.IsNotFound
            ? (ProblemHttpResult)GovernanceProblems.Result(StatusCodes.Status404NotFound, "Finns inte", lookup.Code!, lookup.Detail!)
            : RequestRules.Invalid(lookup.Code!, lookup.Detail!);
    }

    // The server decodes every escape in the path but %2F (so that a route's segments stay as sent): an id sent as
    // one segment, or a reference with a slash in it, arrives with its slashes still escaped.
    private static string Decoded(string segment) => segment.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
