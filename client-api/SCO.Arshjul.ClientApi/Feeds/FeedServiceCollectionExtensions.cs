namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>Registers what the read-only feeds need: the feed keys and links, and the public base address.</summary>
public static class FeedServiceCollectionExtensions
{
    /// <summary>Binds <see cref="FeedOptions"/> (a configured secret shorter than <see cref="FeedOptions.MinimumSecretLength"/> stops the start) and adds the services.</summary>
    public static IServiceCollection AddArshjulFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>()
            .BindConfiguration(FeedOptions.SectionName)
            .Validate(
                o => string.IsNullOrEmpty(o.FeedSecret) || o.FeedSecret.Length >= FeedOptions.MinimumSecretLength,
                $"{FeedOptions.SectionName}:FeedSecret must be at least {FeedOptions.MinimumSecretLength} characters long.")
            .ValidateOnStart();
        services.AddSingleton<FeedKeys>();
        services.AddSingleton<PublicBaseUrl>();
        services.AddSingleton<CalendarFeedLinks>();
        return services;
    }
}
