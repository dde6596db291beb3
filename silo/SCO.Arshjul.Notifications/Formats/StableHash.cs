using System.Security.Cryptography;
using System.Text;

namespace SCO.Arshjul.Notifications.Formats;

/// <summary>Short, stable names derived from text (SHA-256, lower-case hex): the same input gives the same name on every node and run.</summary>
internal static class StableHash
{
    /// <summary>The first <paramref name="length"/> hex digits of the SHA-256 of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string Hex(string text, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 64);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
    }
}
