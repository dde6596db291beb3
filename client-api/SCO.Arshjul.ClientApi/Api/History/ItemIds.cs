namespace SCO.Arshjul.ClientApi.Api.History;

/// <summary>
/// An item's id as the API names it: its grain key without the organisation, e.g. <c>meeting/2025-03-14-styrelse</c>
/// for <c>sco/meeting/2025-03-14-styrelse</c>, or <c>roster</c> for <c>sco/roster</c>.
/// </summary>
public static class ItemIds
{
    /// <summary>The item id of <paramref name="grainKey"/>.</summary>
    public static string Of(string grainKey)
    {
        ArgumentNullException.ThrowIfNull(grainKey);
        var slash = grainKey.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? grainKey : grainKey[(slash + 1)..];
    }
}
