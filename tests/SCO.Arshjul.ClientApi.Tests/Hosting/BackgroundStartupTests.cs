using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Startup;

namespace SCO.Arshjul.ClientApi.Tests.Hosting;

/// <summary>
/// Issue 6 (start-up with many organisations): the web app serves at once and brings each organisation's roster,
/// wheels and reminders up to date in the background; <c>/health</c> says how far that has come.
/// </summary>
public sealed class BackgroundStartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WhileTheOrganisationsAreBeingBroughtUpToDate_ServesAndSaysSoOnHealth_ThenCompletes()
    {
        GatedRosterImports? gated = null;
        await using var factory = new ArshjulWebFactory
        {
            WaitForStartup = false,
            TestServices = services =>
            {
                var runtimes = services.Single(d => d.ServiceType == typeof(IGrainFactory)).ImplementationFactory!;
                services.Replace(ServiceDescriptor.Singleton<IGrainFactory>(provider => gated = new GatedRosterImports((IGrainFactory)runtimes(provider))));
            },
        };
        var client = factory.CreateClient();

        var during = await client.GetFromJsonAsync<JsonElement>("/health", Ct);
        var signIn = await client.GetAsync("/inloggning", Ct);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal("ok", during.GetProperty("status").GetString());
        Assert.False(during.GetProperty("startup").GetProperty("complete").GetBoolean());
        Assert.Equal((1, 0), (during.GetProperty("startup").GetProperty("organisations").GetInt32(), during.GetProperty("startup").GetProperty("done").GetInt32()));
        Assert.Empty(await factory.Grains.GetGrain<IMeetingRegisterGrain>("sco/meeting-register").ListAsync(cancellationToken: Ct));

        Assert.NotNull(gated);
        gated.Open();
        await factory.Services.GetRequiredService<StartupProgress>().Completion.WaitAsync(TimeSpan.FromMinutes(2), Ct);
        var after = await client.GetFromJsonAsync<JsonElement>("/health", Ct);

        Assert.True(after.GetProperty("startup").GetProperty("complete").GetBoolean());
        Assert.Equal((1, 0), (after.GetProperty("startup").GetProperty("done").GetInt32(), after.GetProperty("startup").GetProperty("failed").GetInt32()));
        Assert.NotEmpty(await factory.Grains.GetGrain<IMeetingRegisterGrain>("sco/meeting-register").ListAsync(cancellationToken: Ct));
    }
}
