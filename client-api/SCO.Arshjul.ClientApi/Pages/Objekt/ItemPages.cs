namespace SCO.Arshjul.ClientApi.Pages.Objekt;

/// <summary>
/// The page of an item a notification links to (<c>{WebBaseUrl}/{org}/{kind}/{id}</c>, see the notifications'
/// <c>ItemLinks</c>): meeting → /moten/{id}, decision → /beslut/{reference}, internal-control → /internkontroll/{year},
/// sam-task → /arbetsmiljo, deadline → /arshjul. The route of Objekt/Index.cshtml admits exactly these kinds.
/// </summary>
public static class ItemPages
{
    /// <summary>The page of an item of <paramref name="kind"/> with <paramref name="id"/> (unescaped), or null for a kind without one.</summary>
    public static string? PathOf(string kind, string id) => kind switch
    {
        "meeting" => $"/moten/{Uri.EscapeDataString(id)}",
        "decision" => $"/beslut/{Uri.EscapeDataString(id)}",
        "internal-control" => $"/internkontroll/{Uri.EscapeDataString(id)}",
        "sam-task" => "/arbetsmiljo",
        "deadline" => "/arshjul",
        _ => null,
    };

    /// <summary>The page of the grain <paramref name="itemKey"/> (<c>{org}/{kind}/{id}</c>), or null.</summary>
    public static string? PathOfKey(string itemKey)
    {
        var parts = (itemKey ?? throw new ArgumentNullException(nameof(itemKey))).Split('/', 3);
        return parts.Length == 3 ? PathOf(parts[1], parts[2]) : null;
    }
}
