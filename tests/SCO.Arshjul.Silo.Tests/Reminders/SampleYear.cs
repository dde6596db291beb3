using Microsoft.Extensions.Configuration;
using NodaTime;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Preview;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>
/// The 2025 sample year, run once for the tests of <see cref="SampleYearCollection"/>, both ways at once: through the
/// live path on a manual clock (<see cref="YearRun"/>, from 1 January 2025 through 20 January 2026, so that
/// December's justering reminders are in), and through the preview of 2025, asked for at the first moment of 2025, as
/// the live run starts (the year not generated yet), with the same (empty) settings and the same assumption: the plan is
/// followed.
/// </summary>
public sealed class SampleYear : IAsyncLifetime
{
    /// <summary>When the preview was asked for: midnight on New Year's Day 2025 in Stockholm, nothing generated.</summary>
    public static readonly Instant AskedAt = new LocalDate(2025, 1, 1).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).ToInstant();

    private YearRun? _live;

    internal YearRun Live => _live ?? throw new InvalidOperationException("The sample year has not run.");

    /// <summary>Every notification the live path delivered (each part of each message), in delivery order.</summary>
    public IReadOnlyList<Notification> LiveNotifications => [.. Live.Channel.Delivered.SelectMany(m => m.Parts)];

    /// <summary>What the preview of 2025 captured.</summary>
    internal PreviewCapture Preview { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var live = RunLiveAsync();
        var preview = RunPreviewAsync();
        await Task.WhenAll(live, preview);
        (_live, Preview) = (await live, await preview);
    }

    public async ValueTask DisposeAsync()
    {
        if (_live is not null)
        {
            await _live.DisposeAsync();
        }
    }

    private static async Task<YearRun> RunLiveAsync()
    {
        var run = await YearRun.StartAsync(new LocalDate(2025, 1, 1));
        await run.RunThroughAsync(new LocalDate(2026, 1, 20));
        return run;
    }

    private static async Task<PreviewCapture> RunPreviewAsync()
    {
        var config = ArshjulConfigurationLoader.Load(RepositoryRoot.Config.FullName);
        using var preview = new WheelPreview(config, new ConfigurationBuilder().Build(), new ManualTimeProvider(AskedAt.ToDateTimeOffset()), null, new PreviewOptions());
        var period = PreviewPeriod.Check(new PreviewRequest("sco", "2025-01-01", "2025-12-31"), config, AskedAt);
        return await preview.CaptureAsync(period, TestContext.Current.CancellationToken);
    }
}
