using SCO.Arshjul.ClientApi.Hosting;
using SCO.Arshjul.Silo.Configuration;

// SCO.Arshjul's web app: the silo, the HTTP API and the Swedish web UI in one process.
var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddArshjulClientApi();
}
catch (ConfigurationException e)
{
    await Console.Error.WriteLineAsync($"Configuration error: {e.Message}");
    await Console.Error.WriteLineAsync("The silo was not started.");
    return 2;
}

var app = builder.Build();
app.UseArshjulClientApi();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
