using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Preview;
using SCO.Arshjul.Silo.Tests.Reminders;

namespace SCO.Arshjul.Silo.Tests.Preview;

/// <summary>
/// Issue 7: the current year from today. A live run stops on Monday 9 June 2025 at 07:00; the preview of the rest of the year starts
/// from that run's stored grain states (read only) and must list what the live path sends from 9 June on — the
/// <see cref="SampleYear"/> fixture's own live run of the whole year — and the live run, carried on after the preview
/// read its state, must send the same.
/// </summary>
[Collection(SampleYearCollection.Name)]
public sealed class PreviewSnapshotTests(SampleYear year)
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
    private static readonly LocalDate Today = new(2025, 6, 9);

    [Fact]
    public async Task Preview_FromTheLiveStateInJune_IsWhatTheLiveRunSendsForTheRestOfTheYear()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var run = await YearRun.StartAsync(new LocalDate(2025, 1, 1));
        await run.RunThroughAsync(Today.PlusDays(-1));
        run.Silo.Clock.SetUtcNow(Today.At(new LocalTime(7, 0)).InZoneStrictly(Stockholm).ToDateTimeOffset()); // Monday, before work
        using var preview = new WheelPreview(
            run.Config, new ConfigurationBuilder().Build(), run.Silo.Clock, run.Silo.Services.GetRequiredService<IGrainStorage>(), new PreviewOptions());

        var result = await preview.RunAsync(new PreviewRequest("sco", null, "2025-12-31"), cancellationToken);
        await run.RunThroughAsync(new LocalDate(2025, 12, 31));

        var expected = PreviewListing.Of(RestOfYear(year.LiveNotifications), "file");
        Assert.Equal(Today, result.From);
        Assert.Equal(Today.At(new LocalTime(7, 0)), result.Start);
        Assert.True(result.StatesRead > 50, $"{result.StatesRead} states read");
        Assert.Equal(expected, PreviewListing.Of(result));
        Assert.Equal(expected, PreviewListing.Of(RestOfYear(run.Channel.Delivered.SelectMany(m => m.Parts)), "file"));

        // What was done before the preview began stays done: the board meeting of 13 June had its kallelse (30 May) and
        // handlingar (6 June); the day before and the justering are still to come.
        Assert.Equal(
            [NotificationKind.MeetingReminder, NotificationKind.MinutesApproval],
            result.Notifications.Where(n => n.Item.Id == "sco/meeting/2025-06-13-styrelsemote").Select(n => n.Kind).Distinct());
    }

    private static IEnumerable<Notification> RestOfYear(IEnumerable<Notification> notifications) =>
        notifications.Where(n => n.DueAt.InZone(Stockholm).Date >= Today && n.DueAt.InZone(Stockholm).Year == 2025);
}
