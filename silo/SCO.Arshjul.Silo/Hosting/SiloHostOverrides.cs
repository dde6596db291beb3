using Microsoft.Extensions.DependencyInjection;

namespace SCO.Arshjul.Silo.Hosting;

/// <summary>Settings and services that replace the defaults of <see cref="SiloHost"/> (used by tests).</summary>
/// <param name="Settings">Configuration keys, e.g. <c>Storage:SqlitePath</c>; they win over appsettings and environment.</param>
/// <param name="Services">Runs after the silo's own registrations, so a registration here wins (e.g. a TimeProvider).</param>
public sealed record SiloHostOverrides(
    IReadOnlyDictionary<string, string?>? Settings = null,
    Action<IServiceCollection>? Services = null);
