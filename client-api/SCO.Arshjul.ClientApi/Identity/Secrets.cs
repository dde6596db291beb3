using System.Security.Cryptography;
using System.Text;

namespace SCO.Arshjul.ClientApi.Identity;

/// <summary>Random secrets for sign-in links and API tokens, and the hash under which they are stored (never the secret).</summary>
public static class Secrets
{
    /// <summary>32 random bytes, base64url (43 characters, safe in a URL path).</summary>
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>SHA-256 of <paramref name="secret"/>, lower-case hex: what the account grain keeps.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
