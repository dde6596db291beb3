using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Graph.Calendar;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Notifications.Graph.Http;
using SCO.Arshjul.Notifications.Graph.Mail;

namespace SCO.Arshjul.Notifications.Graph;

/// <summary>Registers the Microsoft Graph channel when <c>Notifications:Graph</c> has settings.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// When <paramref name="configuration"/> has Graph settings (<see cref="GraphOptions.IsConfigured"/>): binds and
    /// validates <see cref="GraphOptions"/> at start (against the <see cref="ServedOrganisations"/> too, when registered:
    /// <see cref="GraphMailboxesValidator"/>), registers the Graph client (credential from the options unless a
    /// <see cref="GraphCredential"/> is registered already), makes <see cref="GraphNotificationChannel"/> the
    /// <see cref="INotificationChannel"/> in place of the file channel, and makes the organiser mailboxes the organisers
    /// of calendar invitations. Without Graph settings nothing is registered and the file outbox stays.
    /// Needs <c>AddArshjulNotifications</c>, an <see cref="Runtime.IDeliveryAttemptLog"/> (the grain storage) and the grains.
    /// </summary>
    /// <returns>Whether Graph is configured.</returns>
    public static bool AddArshjulGraphChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        services.AddValidatedOptions<GraphOptions>(configuration, GraphOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphMailboxesValidator>());
        if (!configured.IsConfigured)
        {
            return false;
        }

        services.TryAddSingleton(provider => GraphCredential.From(provider.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.TryAddSingleton(provider => GraphClientBuilder.Create(
            provider.GetRequiredService<IOptions<GraphOptions>>().Value,
            provider.GetRequiredService<GraphCredential>().Credential,
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<GraphOptions>>().Value);
        services.TryAddSingleton<SentItemsLookup>();
        services.TryAddSingleton<GraphMailDelivery>();
        services.TryAddSingleton<GraphCalendarDelivery>();
        services.RemoveAll<INotificationChannel>();
        services.AddSingleton<INotificationChannel, GraphNotificationChannel>();
        services.AddOptions<CompositionOptions>().PostConfigure<IOptions<GraphOptions>>((composition, graph) => UseMailboxesAsOrganizers(composition, graph.Value));
        return true;
    }

    // Exchange makes the mailbox the organiser of every event it creates: the texts and .ics must say the same.
    private static void UseMailboxesAsOrganizers(CompositionOptions composition, GraphOptions graph)
    {
        if (graph.Mailbox is { } mailbox)
        {
            composition.DefaultOrganizerEmail = mailbox;
            foreach (var organizer in composition.Organizers.Values)
            {
                organizer.Email = mailbox;
            }
        }

        foreach (var (organisation, address) in graph.Mailboxes)
        {
            if (composition.Organizers.TryGetValue(organisation, out var organizer))
            {
                organizer.Email = address;
            }
            else
            {
                composition.Organizers[organisation] = new OrganizerMailbox { Email = address };
            }
        }
    }
}
