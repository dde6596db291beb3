using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>Which page of a list: <c>?page=</c> (from 1, default 1) and <c>?limit=</c> (1–100, default 20).</summary>
internal sealed record OParlPageRequest(int Page, int Limit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>The request, or a 400 problem naming the parameter that is not a whole number in range.</summary>
    public static bool TryParse(
        string? page,
        string? limit,
        [NotNullWhen(true)] out OParlPageRequest? request,
        [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        request = null;
        problem = null;
        if (!TryRead(page, 1, out var pageNumber) || pageNumber < 1)
        {
            problem = RequestRules.Invalid("oparl.page-invalid", $"Sidan (page) måste vara ett heltal från 1, inte '{page}'.");
            return false;
        }

        if (!TryRead(limit, DefaultLimit, out var size) || size is < 1 or > MaxLimit)
        {
            problem = RequestRules.Invalid("oparl.limit-invalid", $"Antal per sida (limit) måste vara ett heltal från 1 till {MaxLimit}, inte '{limit}'.");
            return false;
        }

        request = new OParlPageRequest(pageNumber, size);
        return true;
    }

    private static bool TryRead(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
