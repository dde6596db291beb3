using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Notifications.Tests.Dispatching.Support;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Tests;

/// <summary>AddArshjulNotifications: the outbox, the dispatcher as a hosted service, the file channel by default, validated options.</summary>
public sealed class NotificationsServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddArshjulNotifications_Defaults_RegistersOutboxDispatcherAndFileChannel()
    {
        await using var provider = Build(new Dictionary<string, string?>());

        Assert.IsType<NotificationOutbox>(provider.GetRequiredService<INotificationOutbox>());
        Assert.IsType<FileNotificationChannel>(provider.GetRequiredService<INotificationChannel>());
        var dispatcher = provider.GetRequiredService<NotificationDispatcher>();
        Assert.Same(dispatcher, Assert.Single(provider.GetServices<IHostedService>()));
        var options = provider.GetRequiredService<IOptions<DispatcherOptions>>().Value;
        Assert.Equal(
            (5, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2)),
            (options.MaxAttempts, options.InitialBackoff, options.MaxBackoff, options.PollInterval, options.Lease, options.CombineWindow));
        var file = provider.GetRequiredService<IOptions<FileChannelOptions>>().Value;
        Assert.Equal(("data/outbox", "SCO.Arshjul", "arshjul@example.org"), (file.Directory, file.SenderName, file.SenderAddress));
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public async Task AddArshjulNotifications_Sections_BindOptions()
    {
        await using var provider = Build(new Dictionary<string, string?>
        {
            ["Notifications:Dispatcher:MaxAttempts"] = "3",
            ["Notifications:Dispatcher:CombineWindow"] = "00:05:00",
            ["Notifications:FileChannel:Directory"] = "/var/lib/arshjul/outbox",
        });

        Assert.Equal((3, TimeSpan.FromMinutes(5)), (provider.GetRequiredService<IOptions<DispatcherOptions>>().Value.MaxAttempts, provider.GetRequiredService<IOptions<DispatcherOptions>>().Value.CombineWindow));
        Assert.Equal("/var/lib/arshjul/outbox", provider.GetRequiredService<IOptions<FileChannelOptions>>().Value.Directory);
    }

    [Fact]
    public async Task AddArshjulNotifications_InvalidOptions_FailAtStartNamingEveryProblem()
    {
        await using var provider = Build(new Dictionary<string, string?>
        {
            ["Notifications:Dispatcher:MaxAttempts"] = "0",
            ["Notifications:Dispatcher:InitialBackoff"] = "00:10:00",
            ["Notifications:Dispatcher:MaxBackoff"] = "00:01:00",
            ["Notifications:FileChannel:SenderAddress"] = "not an address",
        });

        var failure = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Notifications:Dispatcher:MaxAttempts must be at least 1.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Notifications:Dispatcher:MaxBackoff must not be shorter than InitialBackoff.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Notifications:FileChannel:SenderAddress 'not an address' is not an e-mail address.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddArshjulNotifications_ChannelRegisteredBefore_KeepsIt()
    {
        var services = new ServiceCollection().AddSingleton<INotificationChannel, RecordingChannel>();

        await using var provider = Build(new Dictionary<string, string?>(), services);

        Assert.IsType<RecordingChannel>(provider.GetRequiredService<INotificationChannel>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, IServiceCollection? services = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return (services ?? new ServiceCollection())
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddMemoryGrainStorage()
            .AddArshjulNotifications(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
