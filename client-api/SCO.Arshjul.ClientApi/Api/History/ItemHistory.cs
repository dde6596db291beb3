namespace SCO.Arshjul.ClientApi.Api.History;

/// <summary>The audit trail of one item, oldest first.</summary>
/// <param name="Item">The item id, e.g. <c>meeting/2025-03-14-styrelse</c>.</param>
public sealed record ItemHistory(string Item, IReadOnlyList<HistoryEntry> Entries);
