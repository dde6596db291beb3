using System.Buffers.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>The <c>roles</c> of a request's bearer token (as <see cref="FakeTokenCredential"/> issues it), read as Graph would check them.</summary>
internal static class FakeTokenRoles
{
    /// <summary>The roles, or none when the request has no readable token.</summary>
    public static IReadOnlyList<string> Of(HttpRequest request)
    {
        var value = request.Headers.Authorization.ToString();
        var parts = value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Split('.') : [];
        if (parts.Length < 2)
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return json.RootElement.TryGetProperty("roles", out var roles) ? [.. roles.EnumerateArray().Select(r => r.GetString()).OfType<string>()] : [];
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return [];
        }
    }

    /// <summary>Whether the request's token carries any of <paramref name="roles"/>.</summary>
    public static bool HasAny(HttpRequest request, params string[] roles) =>
        Of(request).Any(r => roles.Contains(r, StringComparer.OrdinalIgnoreCase));
}
