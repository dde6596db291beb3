using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Reports;

namespace SCO.Arshjul.Silo.Rollover;

/// <summary>
/// Runs <see cref="YearRollover"/> every night at 00:10 Stockholm time on the silo's clock, so a silo that runs across
/// 1 November or New Year makes the new wheel then. A failed night is logged and tried again the next night (and at
/// every start, which generates the current year).
/// </summary>
public sealed partial class YearRolloverService(
    YearRollover rollover, ArshjulConfiguration configuration, TimeProvider time, ILogger<YearRolloverService> logger) : BackgroundService
{
    /// <summary>The time of night it runs (Stockholm).</summary>
    public static readonly LocalTime RunsAt = new(0, 10);

    private Instant _next;

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // The first night is fixed now, not when the loop first gets to wait: a loop that starts late still runs it.
        _next = NextRunAfter(StockholmClock.Now(time));
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = _next - StockholmClock.Now(time);
            if (wait > Duration.Zero)
            {
                await Task.Delay(wait.ToTimeSpan(), time, stoppingToken);
            }

            _next = NextRunAfter(_next);
            try
            {
                await rollover.RunAsync(configuration, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    /// <summary>The first 00:10 (Stockholm) after <paramref name="instant"/>.</summary>
    internal static Instant NextRunAfter(Instant instant)
    {
        var today = instant.InZone(StockholmClock.Zone).Date;
        var next = today.At(RunsAt).InZoneLeniently(StockholmClock.Zone).ToInstant();
        return next > instant ? next : today.PlusDays(1).At(RunsAt).InZoneLeniently(StockholmClock.Zone).ToInstant();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Year rollover failed; it runs again next night")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
