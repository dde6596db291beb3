using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SCO.Arshjul.Silo.Startup;

namespace SCO.Arshjul.Silo.Hosting;

/// <summary>Builds the silo's host: appsettings.json beside the program, then <c>ARSHJUL_</c> environment variables.</summary>
public static class SiloHost
{
    public static IHost Build(SiloHostOverrides? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("ARSHJUL_");
        if (overrides?.Settings is { } settings)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddArshjulSilo(builder.Configuration);
        builder.Services.AddSingleton<WheelBootstrapper>();
        overrides?.Services?.Invoke(builder.Services);
        return builder.Build();
    }
}
