using Microsoft.Extensions.DependencyInjection;

namespace SCO.Arshjul.Scheduling.Tests;

public sealed class SchedulingOptionsTests
{
    [Fact]
    public void Validate_Defaults_NeedOnlyAConnectionString()
    {
        new SchedulingOptions { ConnectionString = "Data Source=data/arshjul.db" }.Validate();
        new SchedulingOptions { Provider = SchedulingProvider.Memory }.Validate();
    }

    [Theory]
    [InlineData(SchedulingProvider.Sqlite, "Data Source=x.db", true, "Clustered needs Postgres: Quartz cannot cluster on Sqlite.")]
    [InlineData(SchedulingProvider.Postgres, null, false, "ConnectionString is required for Postgres.")]
    [InlineData(SchedulingProvider.Memory, null, true, "Clustered needs Postgres: Quartz cannot cluster on Memory.")]
    public void Validate_Contradiction_IsRejectedWithTheSetting(SchedulingProvider provider, string? connectionString, bool clustered, string reason)
    {
        var options = new SchedulingOptions { Provider = provider, ConnectionString = connectionString, Clustered = clustered };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal($"Invalid scheduling options: {reason}", error.Message);
    }

    [Fact]
    public void AddArshjulScheduling_InvalidOptions_ThrowsAtRegistration()
    {
        var options = new SchedulingOptions { Provider = SchedulingProvider.Memory, LateThreshold = TimeSpan.Zero, MaxConcurrency = 0, DatabaseRetryInterval = TimeSpan.Zero };

        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddArshjulScheduling(options));

        Assert.Contains("LateThreshold must be positive.", error.Message, StringComparison.Ordinal);
        Assert.Contains("DatabaseRetryInterval must be positive.", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxConcurrency, ChangeBatchSize and MaxChangeAttempts must be at least 1.", error.Message, StringComparison.Ordinal);
    }
}
