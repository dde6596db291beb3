using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// The preview as JSON, as the HTTP API speaks it (camelCase, enums as camelCase strings, NodaTime types as ISO text),
/// with Swedish letters as they are: one notification a line for <c>arshjul preview --format json</c> (JSON Lines).
/// </summary>
public static class PreviewJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <summary>Writes each notification of <paramref name="result"/> as one line of JSON.</summary>
    public static async Task WriteLinesAsync(PreviewResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var notification in result.Notifications)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(notification, Options));
        }
    }
}
