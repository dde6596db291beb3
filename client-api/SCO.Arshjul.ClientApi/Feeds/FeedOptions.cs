namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>
/// The calendar feeds' settings, in section <c>ClientApi</c> (environment: <c>ARSHJUL_ClientApi__FeedSecret</c>).
/// </summary>
public sealed class FeedOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "ClientApi";

    /// <summary>The shortest <see cref="FeedSecret"/> accepted.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>
    /// The server secret every feed key is derived from (HMAC-SHA256). Give it as an environment variable in
    /// production, never in a file in the repository; every node of a cluster needs the same one. Changing it changes
    /// every feed link. When empty, a secret is generated on first use and kept in <see cref="FeedSecretFile"/>.
    /// </summary>
    public string? FeedSecret { get; set; }

    /// <summary>
    /// Where a generated secret is kept (readable by the owner only), relative to the working directory.
    /// </summary>
    /// <value>The default is <c>feed-secret</c> beside the SQLite database: <c>data/feed-secret</c>.</value>
    public string? FeedSecretFile { get; set; }
}
