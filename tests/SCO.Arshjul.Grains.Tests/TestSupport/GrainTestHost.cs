using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.TestSupport;

/// <summary>Starts test silos with the governance grains over one in-memory storage, so a restart keeps the state.</summary>
public sealed class GrainTestHost
{
    /// <summary>Friday 10 January 2025, 09:00 in Stockholm.</summary>
    public static readonly DateTimeOffset Start = new(2025, 1, 10, 8, 0, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(Start);

    public MemoryGrainStorage Storage { get; }

    public GrainTestHost() => Storage = new MemoryGrainStorage(Clock);

    /// <summary>A silo over <see cref="Storage"/>; start another later to see state survive deactivation.</summary>
    public Task<TestSilo> StartSiloAsync() =>
        TestSilo.StartAsync(
            services =>
            {
                services.AddArshjulGrains();
                services.AddSingleton<IGrainStorage>(Storage);
                services.AddSingleton<IOutboxStore>(Storage);
            },
            Clock,
            TestContext.Current.CancellationToken);

    /// <summary>A silo whose roster <c>sco/roster</c> holds <see cref="SampleRoster.Definition"/>.</summary>
    public async Task<TestSilo> StartWithRosterAsync()
    {
        var silo = await StartSiloAsync();
        await silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster")
            .ImportAsync(SampleRoster.Definition, "test", TestContext.Current.CancellationToken);
        return silo;
    }

    /// <summary>Sets the clock to a local time in Stockholm.</summary>
    public void SetLocal(int year, int month, int day, int hour = 0, int minute = 0) =>
        Clock.SetUtcNow(new NodaTime.LocalDateTime(year, month, day, hour, minute)
            .InZoneLeniently(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Stockholm"])
            .ToDateTimeOffset());
}
