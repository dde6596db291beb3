using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>Which page of a list: <c>?page=</c> (from 1, default 1) and <c>?limit=</c> (1–100, default 20).</summary>
internal sealed record OParlPageRequest(int Page, int Limit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    private static readonly PageParameters Parameters = new("limit", DefaultLimit, MaxLimit, "oparl.page-invalid", "oparl.limit-invalid");

    /// <summary>The request, or a 400 problem naming the parameter that is not a whole number in range.</summary>
    public static bool TryParse(
        string? page,
        string? limit,
        [NotNullWhen(true)] out OParlPageRequest? request,
        [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        if (!PageRequest.TryParse(page, limit, Parameters, out var parsed, out problem))
        {
            request = null;
            return false;
        }

        request = new OParlPageRequest(parsed.Page, parsed.Size);
        return true;
    }
}
