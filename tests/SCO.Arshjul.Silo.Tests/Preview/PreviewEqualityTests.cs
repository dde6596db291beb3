using NodaTime;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Silo.Preview;
using SCO.Arshjul.Silo.Tests.Reminders;

namespace SCO.Arshjul.Silo.Tests.Preview;

/// <summary>
/// Issue 7: the preview of 2025 is what the live path sends when the same year runs on a manual clock, item for item:
/// one fixture (<see cref="SampleYear"/>) drives both, under the same assumption (the plan is followed).
/// </summary>
[Collection(SampleYearCollection.Name)]
public sealed class PreviewEqualityTests(SampleYear year)
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    [Fact]
    public void Preview2025_ComparedWithTheLiveRunOfTheYear_IsTheSameNotificationsItemForItem()
    {
        var live = WheelPreview.InOrder(year.LiveNotifications.Where(n => n.DueAt.InZone(Stockholm).Year == 2025));
        var preview = year.Preview.Notifications;

        // Every field of every notification (idempotency key, recipients, subject, body, due time, calendar part).
        Assert.Equal(live.Select(NotificationJson.Serialize), preview.Select(NotificationJson.Serialize));

        // And as the preview lists them: local time, kind, item, recipients (e-mail, role, required), subject, channel.
        Assert.Equal(PreviewListing.Of(live, year.Preview.Delivery.Channel), PreviewListing.Of(preview, year.Preview.Delivery.Channel));
        Assert.Equal(SampleYearTests.ExpectedPerKind[NotificationKind.Invitation], preview.Count(n => n.Kind == NotificationKind.Invitation));
        Assert.Equal(year.Live.Channel.Delivered.Count(m => m.Parts.Any(p => p.DueAt.InZone(Stockholm).Year == 2025)), year.Preview.Messages);
    }

    [Fact]
    public void Preview2025_ChannelAndStore_TheConfiguredFileChannelAndNothingRead()
    {
        Assert.Equal("file", year.Preview.Delivery.Channel);
        Assert.Equal(Path.GetFullPath("data/outbox"), year.Preview.Delivery.Destination);
        Assert.Equal(0, year.Preview.StatesRead);
    }
}
