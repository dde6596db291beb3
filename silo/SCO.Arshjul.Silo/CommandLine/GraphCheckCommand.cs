using System.CommandLine;
using Microsoft.Extensions.Configuration;
using SCO.Arshjul.Notifications.Graph.Check;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Silo.Hosting;

namespace SCO.Arshjul.Silo.CommandLine;

/// <summary>
/// <c>arshjul graph check</c>: tests the <c>Notifications:Graph</c> settings (appsettings.json and <c>ARSHJUL_</c>
/// environment variables, as <c>run</c> reads them) against Microsoft Graph, one line per step, in plain Swedish.
/// Exit code 0 when every step passed, 1 otherwise. Sends nothing; never prints the secret.
/// </summary>
internal static class GraphCheckCommand
{
    public static Command Create()
    {
        var check = new Command("check", "Test the Microsoft Graph settings: token, permissions, organiser mailbox. Sends nothing.");
        check.SetAction((_, cancellationToken) => RunAsync(new GraphCheckOptions(), cancellationToken));
        return new Command("graph", "Microsoft Graph, the production delivery channel.") { check };
    }

    public static async Task<int> RunAsync(GraphCheckOptions options, CancellationToken cancellationToken)
    {
        var output = options.Output ?? Console.Out;
        var graph = SiloHost.Configuration(options.HostOverrides).GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        await output.WriteLineAsync("Kontroll av Microsoft Graph-inställningarna");
        var steps = await GraphConfigurationCheck.RunAsync(graph, options.Credential, options.TimeProvider ?? TimeProvider.System, cancellationToken);
        foreach (var step in steps)
        {
            await output.WriteLineAsync(step.ToString());
        }

        var ok = steps.All(s => s.Ok);
        await output.WriteLineAsync(ok ? "Allt ser bra ut: utskicken kan gå genom Graph." : "Graph kan inte användas förrän felen ovan är åtgärdade.");
        return ok ? 0 : 1;
    }
}

/// <summary>What <c>arshjul graph check</c> was asked to do.</summary>
/// <param name="Output">Where the result is written (the console by default).</param>
/// <param name="HostOverrides">Settings that replace appsettings and environment (tests).</param>
/// <param name="Credential">A credential in place of the configured one (tests).</param>
/// <param name="TimeProvider">The clock (tests).</param>
internal sealed record GraphCheckOptions(
    TextWriter? Output = null,
    SiloHostOverrides? HostOverrides = null,
    GraphCredential? Credential = null,
    TimeProvider? TimeProvider = null);
