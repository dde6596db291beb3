using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Notifications.Reminders;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Registers the composition of fired reminders into notifications.</summary>
public static class CompositionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReminderHandler"/> as the <see cref="IReminderHandler"/> and <see cref="AttendeeChanges"/> (for
    /// roster changes), and binds <see cref="CompositionOptions"/> from <c>Notifications:Composition</c>, validated at
    /// start. The grain runtime (<c>IGrainFactory</c>) and an <see cref="INotificationOutbox"/> must be registered too.
    /// </summary>
    public static IServiceCollection AddArshjulComposition(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CompositionOptions>()
            .Bind(configuration.GetSection(CompositionOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CompositionOptions>, CompositionOptionsValidator>();
        services.AddSingleton<IReminderHandler, ReminderHandler>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AttendeeChanges>();
        return services;
    }
}
