using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace SCO.Arshjul.Notifications.Outbox;

/// <summary>
/// A <see cref="Notification"/> as the JSON payload of its outbox row: web defaults, NodaTime's converters (TZDB) and
/// enums by name, so that a row reads plainly in the outbox listing; strict about missing and null fields.
/// </summary>
public static class NotificationJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } =
        new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // A row missing a field, or holding null where the contract has none, is unreadable rather than half a notification.
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            Converters = { new JsonStringEnumConverter() },
        }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <summary>The payload of <paramref name="notification"/>.</summary>
    public static string Serialize(Notification notification) => JsonSerializer.Serialize(notification, Options);

    /// <summary>The notification in <paramref name="payload"/>.</summary>
    /// <exception cref="JsonException">The payload is not a notification.</exception>
    public static Notification Deserialize(string payload) =>
        JsonSerializer.Deserialize<Notification>(payload, Options) ?? throw new JsonException("The payload is null, not a notification.");
}
