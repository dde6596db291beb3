namespace SCO.Arshjul.ClientApi.Api.History;

/// <summary>What looking up an item's history gave: the history, or why there is none.</summary>
/// <param name="History">The history; null when the id is malformed or the item does not exist.</param>
/// <param name="Code">Why there is none: <c>history.kind-unknown</c>, <c>history.item-invalid</c>, <c>year.out-of-range</c> (a malformed id) or
/// <c>history.not-found</c> (no such item).</param>
/// <param name="Detail">Why, in Swedish.</param>
public sealed record ItemHistoryLookup(ItemHistory? History, string? Code, string? Detail)
{
    /// <summary>The code of an item that does not exist.</summary>
    public const string NotFoundCode = "history.not-found";

    /// <summary>True when the id was well-formed but names no item.</summary>
    public bool IsNotFound => Code == NotFoundCode;
}
