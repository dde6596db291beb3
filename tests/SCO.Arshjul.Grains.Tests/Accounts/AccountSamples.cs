using System.Security.Cryptography;
using System.Text;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.Accounts;

/// <summary>An account key, secrets hashed as the web layer hashes them, and a look at the account's stored row.</summary>
public static class AccountSamples
{
    public const string PersonId = "annika-westerlund";

    public const string Key = $"sco/account/{PersonId}";

    /// <summary>SHA-256 of <paramref name="secret"/>, 64 lower-case hex characters.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static IAccountGrain Account(this TestSilo silo) => silo.GrainFactory.GetGrain<IAccountGrain>(Key);

    /// <summary>The account's row in storage (payload and ETag), or null if never written.</summary>
    public static Task<StoredState?> StoredAsync(this GrainTestHost host) =>
        host.Storage.ReadAsync(new GrainId("account", Key), TestContext.Current.CancellationToken);
}
