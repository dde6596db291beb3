using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Quartz;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Rollover;
using SCO.Arshjul.Silo.Startup;
using SCO.Arshjul.Silo.Tests.Reminders;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.Rollover;

/// <summary>
/// A silo that runs across 1 November and New Year makes the new wheels itself, with their reminders, without a
/// restart (before, a wheel was generated only at start: a January kallelse due before the next restart was never sent).
/// </summary>
public sealed class YearRolloverTests
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_FromNovember_GeneratesTheNextYearOnceWithItsReminders()
    {
        var clock = ClockAt(new LocalDateTime(2026, 10, 31, 12, 0));
        await using var run = await StartAsync(clock);
        var silo = run.Silo;
        var rollover = silo.Services.GetRequiredService<YearRollover>();

        Assert.Empty(await rollover.RunAsync(Config, Ct)); // 2026 was generated at start; 2027 not due before 1 November
        Assert.Null((await Wheel(silo, 2027)).Source);

        clock.Advance(TimeSpan.FromDays(1));
        var generated = await rollover.RunAsync(Config, Ct);

        Assert.Equal([("sco", 2027)], generated);
        Assert.NotEmpty((await Wheel(silo, 2027)).Activities);
        Assert.Contains(await ReminderTriggersAsync(silo), key => key.Name.StartsWith("sco/meeting/2027-", StringComparison.Ordinal));
        Assert.Empty(await rollover.RunAsync(Config, Ct)); // once
    }

    [Fact]
    public async Task Service_RunningAcrossNewYear_GeneratesTheNewYearAt0010()
    {
        var clock = ClockAt(new LocalDateTime(2026, 12, 31, 23, 0));
        await using var run = await StartAsync(clock); // the start made 2026 only: 2027 is made by the night
        var silo = run.Silo;
        var service = ActivatorUtilities.CreateInstance<YearRolloverService>(silo.Services, Config);
        await service.StartAsync(Ct);
        try
        {
            Assert.Null((await Wheel(silo, 2027)).Source);

            clock.Advance(TimeSpan.FromMinutes(69));
            await Task.Yield();
            Assert.Null((await Wheel(silo, 2027)).Source); // 00:09: not yet

            clock.Advance(TimeSpan.FromMinutes(1));
            await Eventually(
                async () => (await ReminderTriggersAsync(silo)).Any(key => key.Name.StartsWith("sco/meeting/2027-", StringComparison.Ordinal)),
                "the 2027 wheel is generated at 00:10 on New Year's Day, with its reminders");
            Assert.NotEmpty((await Wheel(silo, 2027)).Activities);
            Assert.Null((await Wheel(silo, 2028)).Source);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private static ArshjulConfiguration Config { get; } = ArshjulConfigurationLoader.Load(RepositoryRoot.Config.FullName);

    private static ManualTimeProvider ClockAt(LocalDateTime local) => new(local.InZoneStrictly(Stockholm).ToDateTimeOffset());

    // The live silo of the year tests (grains, Quartz on the clock, outbox), with the start's wheel generation and the rollover.
    private static async Task<YearRun> StartAsync(ManualTimeProvider clock)
    {
        var run = await YearRun.StartAsync(clock, new YearRunSetup(Services: services =>
        {
            services.AddWheelStartup();
            services.AddSingleton<YearRollover>();
            services.AddSingleton(Options.Create(new RolloverOptions()));
        }));
        await run.Silo.Services.GetRequiredService<WheelStartup>().RunAsync(Config, Ct);
        return run;
    }

    private static Task<AnnualWheelSnapshot> Wheel(TestSilo silo, int year) =>
        silo.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelBootstrapper.WheelKey("sco", year)).GetAsync(Ct);

    private static async Task<IReadOnlyCollection<TriggerKey>> ReminderTriggersAsync(TestSilo silo)
    {
        var scheduler = await silo.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        return await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), Ct);
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            Assert.False(patience.IsCancellationRequested, $"still not true after 30 s: {what}");
            await Task.Delay(TimeSpan.FromMilliseconds(20), Ct);
        }
    }
}
