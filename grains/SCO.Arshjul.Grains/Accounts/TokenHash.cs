using System.Runtime.InteropServices;
using System.Security.Cryptography;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains;

/// <summary>SHA-256 hashes of sign-in links and API tokens: their shape, and lookup by constant-time comparison.</summary>
internal static class TokenHash
{
    private const int Length = 64;

    /// <summary>
    /// Returns <paramref name="hash"/> if it is 64 lower-case hex characters, or rejects it. The message never repeats
    /// the value: a caller that passed the secret by mistake must not find it in a log.
    /// </summary>
    public static string Require(string? hash)
    {
        if (hash is null || hash.Length != Length || !hash.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.AccountTokenHashInvalid,
                "Hashvärdet måste vara en SHA-256 skriven som 64 hexadecimala tecken med gemener.");
        }

        return hash;
    }

    /// <summary>
    /// The index of the item whose hash equals <paramref name="hash"/>, or -1. Every item is compared, each in
    /// constant time, so the time taken says nothing about how much of a hash matched or where it stands.
    /// </summary>
    public static int IndexOf<T>(IReadOnlyList<T> items, Func<T, string> hashOf, string hash)
    {
        var found = -1;
        for (var i = 0; i < items.Count; i++)
        {
            var same = CryptographicOperations.FixedTimeEquals(
                MemoryMarshal.AsBytes(hashOf(items[i]).AsSpan()),
                MemoryMarshal.AsBytes(hash.AsSpan()));
            found = same && found < 0 ? i : found;
        }

        return found;
    }
}
