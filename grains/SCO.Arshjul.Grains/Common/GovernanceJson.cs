using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace SCO.Arshjul.Grains;

/// <summary>
/// JSON for outbox payloads and for comparing plans by content: web defaults with NodaTime's converters, the same
/// settings <see cref="GrainsServiceCollectionExtensions.AddArshjulGrains"/> gives grain state.
/// </summary>
public static class GovernanceJson
{
    /// <summary>The options: <see cref="JsonSerializerDefaults.Web"/> configured for NodaTime with the TZDB provider.</summary>
    public static JsonSerializerOptions Options { get; } =
        new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <summary>Serialises <paramref name="value"/> with <see cref="Options"/>.</summary>
    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    /// <summary>Whether two values have the same content (records holding lists compare by reference otherwise).</summary>
    public static bool SameContent<T>(T left, T right) =>
        JsonSerializer.Serialize(left, Options) == JsonSerializer.Serialize(right, Options);
}
