using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Notifications.Outbox;

namespace SCO.Arshjul.Notifications;

/// <summary>Registers the notification outbox, its dispatcher and the default (file) channel.</summary>
public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="NotificationOutbox"/> as the <see cref="INotificationOutbox"/>, the <see cref="NotificationDispatcher"/>
    /// (a hosted service, also resolvable as itself) and, unless a channel is registered already or later replaces it,
    /// <see cref="FileNotificationChannel"/> as the <see cref="INotificationChannel"/>. Binds <see cref="DispatcherOptions"/>
    /// from <c>Notifications:Dispatcher</c> and <see cref="FileChannelOptions"/> from <c>Notifications:FileChannel</c>,
    /// both validated at start. An <c>IOutboxStore</c> (the grain storage) must be registered too.
    /// </summary>
    public static IServiceCollection AddArshjulNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<DispatcherOptions>(configuration, DispatcherOptions.SectionName);
        services.AddValidatedOptions<FileChannelOptions>(configuration, FileChannelOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INotificationOutbox, NotificationOutbox>();
        services.TryAddSingleton<INotificationChannel, FileNotificationChannel>();
        services.TryAddSingleton<NotificationDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<NotificationDispatcher>());
        return services;
    }
}
