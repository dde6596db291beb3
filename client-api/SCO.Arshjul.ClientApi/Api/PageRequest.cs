using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SCO.Arshjul.ClientApi.Api;

/// <summary>
/// The page of a list a query asks for: <c>?page=</c> (from 1, default 1) and a page size, read from text so that
/// anything but a whole number in range is a 400 problem naming the parameter.
/// </summary>
/// <param name="Page">The page's number, from 1.</param>
/// <param name="Size">Items per page.</param>
internal sealed record PageRequest(int Page, int Size)
{
    /// <summary>The request, or a 400 problem with the code of the parameter that is wrong.</summary>
    public static bool TryParse(
        string? page,
        string? size,
        PageParameters parameters,
        [NotNullWhen(true)] out PageRequest? request,
        [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        request = null;
        problem = null;
        if (!TryRead(page, 1, out var number) || number < 1)
        {
            problem = RequestRules.Invalid(parameters.PageCode, $"Sidan (page) måste vara ett heltal från 1, inte '{page}'.");
            return false;
        }

        if (!TryRead(size, parameters.DefaultSize, out var perPage) || perPage < 1 || perPage > parameters.MaxSize)
        {
            problem = RequestRules.Invalid(
                parameters.SizeCode,
                $"Antal per sida ({parameters.SizeName}) måste vara ett heltal från 1 till {parameters.MaxSize}, inte '{size}'.");
            return false;
        }

        request = new PageRequest(number, perPage);
        return true;
    }

    private static bool TryRead(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
