using System.Globalization;
using NodaTime;
using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>The status board's filters, as the page and its export read them from the query string.</summary>
/// <param name="Year">Only decisions due in this year (2000–2100; anything else is ignored).</param>
/// <param name="Status">Only this status (the API's camelCase name, e.g. <c>inProgress</c>).</param>
/// <param name="Overdue">Only overdue decisions.</param>
public sealed record DecisionBoardFilter(int? Year, string? Status, bool Overdue)
{
    /// <summary>The filter of a query; an unknown status or a year out of range is dropped.</summary>
    public static DecisionBoardFilter From(int? year, string? status, bool? overdue) =>
        new(year is >= 2000 and <= 2100 ? year : null, ParseStatus(status) is null ? null : status, overdue == true);

    /// <summary>The status as the register knows it.</summary>
    public DecisionStatus? ParsedStatus => ParseStatus(Status);

    /// <summary>The register's filter at <paramref name="now"/>.</summary>
    public DecisionRegisterFilter RegisterFilter(Instant now) => new(ParsedStatus, OverdueOnly: Overdue, At: now, Year: Year);

    /// <summary>
    /// The query string of this filter and a page (empty, or starting with <c>?</c>), for the paging links; the page size
    /// only when it is not the default.
    /// </summary>
    public string Query(int page, int pageSize, int defaultPageSize)
    {
        var query = Query();
        var paging = $"page={page.ToString(CultureInfo.InvariantCulture)}"
            + (pageSize == defaultPageSize ? string.Empty : $"&pageSize={pageSize.ToString(CultureInfo.InvariantCulture)}");
        return query.Length == 0 ? "?" + paging : $"{query}&{paging}";
    }

    /// <summary>The query string of this filter (empty, or starting with <c>?</c>), for links such as the export.</summary>
    public string Query()
    {
        var parts = new List<string>();
        if (Year is { } year)
        {
            parts.Add($"year={year.ToString(CultureInfo.InvariantCulture)}");
        }

        if (Status is not null)
        {
            parts.Add($"status={Uri.EscapeDataString(Status)}");
        }

        if (Overdue)
        {
            parts.Add("overdue=true");
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static DecisionStatus? ParseStatus(string? status) =>
        Enum.TryParse<DecisionStatus>(status, true, out var s) && Enum.IsDefined(s) && s != DecisionStatus.NotRecorded ? s : null;
}
