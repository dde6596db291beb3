using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>Registers the preview in a host that runs the silo (the web app).</summary>
public static class PreviewServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WheelPreview"/> (one per host, so previews run one at a time) over the host's
    /// <see cref="ArshjulConfiguration"/>, clock and grain storage (only read), with the live settings of
    /// <paramref name="configuration"/>; binds <see cref="PreviewOptions"/> from <c>Preview</c>, validated at start.
    /// </summary>
    public static IServiceCollection AddArshjulPreview(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PreviewOptions>()
            .Bind(configuration.GetSection(PreviewOptions.SectionName))
            .Validate(options =>
            {
                options.Validate();
                return true;
            })
            .ValidateOnStart();
        services.AddSingleton(provider => new WheelPreview(
            provider.GetRequiredService<ArshjulConfiguration>(),
            configuration,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IGrainStorage>(),
            provider.GetRequiredService<IOptions<PreviewOptions>>().Value));
        return services;
    }
}
