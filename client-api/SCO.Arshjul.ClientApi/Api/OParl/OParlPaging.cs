using System.Globalization;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>Cuts a list into the requested page, maps only that page's objects, and links the pages.</summary>
internal static class OParlPaging
{
    /// <param name="listUrl">The list's absolute address, without a query.</param>
    /// <param name="filters">Query parameters every link keeps, e.g. <c>organization</c>.</param>
    public static OParlList<TOut> Page<TIn, TOut>(
        IReadOnlyList<TIn> all,
        OParlPageRequest request,
        string listUrl,
        Func<TIn, TOut> map,
        IReadOnlyList<KeyValuePair<string, string?>>? filters = null) =>
        Assemble([.. Slice(all, request).Select(map)], all.Count, request, listUrl, filters);

    /// <summary>The same, for objects read from grains a page at a time.</summary>
    public static async Task<OParlList<TOut>> PageAsync<TIn, TOut>(
        IReadOnlyList<TIn> all,
        OParlPageRequest request,
        string listUrl,
        Func<IReadOnlyList<TIn>, Task<IEnumerable<TOut>>> map,
        IReadOnlyList<KeyValuePair<string, string?>>? filters = null) =>
        Assemble([.. await map(Slice(all, request))], all.Count, request, listUrl, filters);

    private static IReadOnlyList<TIn> Slice<TIn>(IReadOnlyList<TIn> all, OParlPageRequest request)
    {
        var skip = ((long)request.Page - 1) * request.Limit;
        return skip >= all.Count ? [] : [.. all.Skip((int)skip).Take(request.Limit)];
    }

    private static OParlList<TOut> Assemble<TOut>(
        IReadOnlyList<TOut> data,
        int total,
        OParlPageRequest request,
        string listUrl,
        IReadOnlyList<KeyValuePair<string, string?>>? filters)
    {
        var totalPages = Math.Max(1, (total + request.Limit - 1) / request.Limit);
        string Link(int number) => listUrl + QueryString.Create(
            [.. filters ?? [], new("page", number.ToString(CultureInfo.InvariantCulture)), new("limit", request.Limit.ToString(CultureInfo.InvariantCulture))]);

        var links = new OParlLinks(
            Link(1),
            request.Page > 1 ? Link(Math.Min(request.Page - 1, totalPages)) : null,
            request.Page < totalPages ? Link(request.Page + 1) : null,
            Link(totalPages),
            Link(request.Page));
        return new OParlList<TOut>(data, new OParlPagination(total, request.Limit, request.Page, totalPages), links);
    }
}
