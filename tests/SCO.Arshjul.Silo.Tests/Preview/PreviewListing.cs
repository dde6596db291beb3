using System.Text.Json;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Silo.Preview;

namespace SCO.Arshjul.Silo.Tests.Preview;

/// <summary>Notifications as the preview lists them, as JSON text: what the equality tests compare item for item.</summary>
internal static class PreviewListing
{
    /// <summary>Each notification (in the preview's order) as a <see cref="PreviewNotification"/> sent through <paramref name="channel"/>.</summary>
    public static List<string> Of(IEnumerable<Notification> notifications, string channel) =>
        [.. WheelPreview.InOrder(notifications).Select(n => JsonSerializer.Serialize(WheelPreview.Project(n, channel), PreviewJson.Options))];

    /// <summary>The preview's own list.</summary>
    public static List<string> Of(PreviewResult result) =>
        [.. result.Notifications.Select(n => JsonSerializer.Serialize(n, PreviewJson.Options))];
}
