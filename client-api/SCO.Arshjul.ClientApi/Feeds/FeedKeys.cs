using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Silo.Hosting;

namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>
/// The secret key in a calendar feed's address: HMAC-SHA256 over <c>{org}/{kind}/{id}</c> with the server secret
/// (<see cref="FeedOptions.FeedSecret"/>, else a generated one kept in a file), base64url. Nothing is stored per feed.
/// </summary>
public sealed class FeedKeys
{
    /// <summary>The kind of a person's feed.</summary>
    public const string Person = "person";

    /// <summary>The kind of a body's feed.</summary>
    public const string Body = "body";

    private readonly Lazy<byte[]> _secret;

    public FeedKeys(IOptions<FeedOptions> options, IConfiguration configuration, ILogger<FeedKeys> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var feeds = options.Value;
        _secret = new(() => Encoding.UTF8.GetBytes(string.IsNullOrEmpty(feeds.FeedSecret) ? FromFile(feeds, storage, logger) : feeds.FeedSecret));
    }

    /// <summary>The key of the feed of <paramref name="kind"/> <paramref name="id"/> in <paramref name="organisation"/>.</summary>
    public string KeyFor(string organisation, string kind, string id) => Base64Url.EncodeToString(Mac(organisation, kind, id));

    /// <summary>True when <paramref name="key"/> is that feed's key (compared in constant time).</summary>
    public bool Matches(string organisation, string kind, string id, string? key)
    {
        if (string.IsNullOrEmpty(key) || !Base64Url.IsValid(key))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(key), Mac(organisation, kind, id));
    }

    private byte[] Mac(string organisation, string kind, string id) =>
        HMACSHA256.HashData(_secret.Value, Encoding.UTF8.GetBytes($"{organisation}/{kind}/{id}"));

    private static string FromFile(FeedOptions feeds, StorageOptions storage, ILogger logger)
    {
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(feeds.FeedSecretFile)
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.SqlitePath))!, "feed-secret")
            : feeds.FeedSecretFile);
        var secret = FeedSecretFile.ReadOrCreate(path, out var created);
        if (created)
        {
            logger.LogInformation("Generated the calendar feed secret in {Path}", path);
        }

        if (storage.Provider == StorageProvider.Postgres)
        {
            logger.LogWarning(
                "The calendar feed secret comes from {Path} on this node only; set ClientApi:FeedSecret so that every node gives the same feed links",
                path);
        }

        return secret;
    }
}
