using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Silo.Hosting;

namespace SCO.Arshjul.Silo.Tests.Hosting;

/// <summary><c>Clock:Offset</c>: the whole silo on the real time shifted, for rehearsals and fault tests.</summary>
public sealed class ClockOptionsTests
{
    [Fact]
    public void Build_WithClockOffset_EveryPartSeesTheShiftedTime()
    {
        using var host = SiloHost.Build(new SiloHostOverrides(new Dictionary<string, string?>
        {
            ["Clock:Offset"] = "-400.00:00:00",
            ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), $"arshjul-clock-{Guid.NewGuid():N}.db"),
        }));

        var clock = host.Services.GetRequiredService<TimeProvider>();
        var shift = clock.GetUtcNow() - TimeProvider.System.GetUtcNow();

        Assert.IsType<OffsetTimeProvider>(clock);
        Assert.InRange(shift, TimeSpan.FromDays(-400) - TimeSpan.FromSeconds(5), TimeSpan.FromDays(-400) + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Build_WithoutClockSettings_RunsOnTheRealTime()
    {
        using var host = SiloHost.Build(new SiloHostOverrides(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), $"arshjul-clock-{Guid.NewGuid():N}.db"),
        }));

        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void OffsetTimeProvider_MovesAtRealSpeed()
    {
        var clock = new OffsetTimeProvider(TimeSpan.FromHours(3));

        var shift = clock.GetUtcNow() - TimeProvider.System.GetUtcNow();

        Assert.InRange(shift, TimeSpan.FromHours(3) - TimeSpan.FromSeconds(5), TimeSpan.FromHours(3) + TimeSpan.FromSeconds(1));
    }
}
