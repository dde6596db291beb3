namespace SCO.Arshjul.Testing.Graph;

/// <summary>
/// The <c>Notifications:Graph</c> settings that point the Graph channel at a <see cref="FakeGraphServer"/>: made-up
/// tenant and client ids, a client secret (never real), the organiser mailbox and the fake's base URL.
/// </summary>
public static class FakeGraphSettings
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";

    public const string ClientId = "66666666-7777-8888-9999-000000000000";

    /// <summary>The organiser mailbox unless another is given.</summary>
    public const string Mailbox = "kansli@example.org";

    /// <summary>The settings as configuration keys; add or replace others (limits, timeouts) in the returned dictionary.</summary>
    public static Dictionary<string, string?> For(FakeGraphServer server, string clientSecret, string mailbox = Mailbox)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new Dictionary<string, string?>
        {
            ["Notifications:Graph:TenantId"] = TenantId,
            ["Notifications:Graph:ClientId"] = ClientId,
            ["Notifications:Graph:ClientSecret"] = clientSecret,
            ["Notifications:Graph:Mailbox"] = mailbox,
            ["Notifications:Graph:BaseUrl"] = server.BaseUrl.ToString(),
        };
    }
}
