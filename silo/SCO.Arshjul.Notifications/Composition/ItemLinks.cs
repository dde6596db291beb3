namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// Where an item lives in the web UI: the grain key's parts under the base address, each escaped, e.g.
/// <c>sco/decision/SCÖ 2024-2.13</c> → <c>{base}/sco/decision/SC%C3%96%202024-2.13</c>. The client-api serves these paths.
/// </summary>
public static class ItemLinks
{
    /// <summary>The link to <paramref name="itemKey"/>, or null when <paramref name="baseUrl"/> is null.</summary>
    public static Uri? For(Uri? baseUrl, string itemKey)
    {
        ArgumentNullException.ThrowIfNull(itemKey);
        if (baseUrl is null)
        {
            return null;
        }

        var path = string.Join('/', itemKey.Split('/').Select(Uri.EscapeDataString));
        return new Uri($"{baseUrl.AbsoluteUri.TrimEnd('/')}/{path}");
    }
}
