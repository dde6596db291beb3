using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.ClientApi.Tests.OParl;

/// <summary>The web app and one API client of a board member for a whole test class (an account holds at most 20 tokens).</summary>
public sealed class OParlFixture : IAsyncLifetime
{
    public ArshjulWebFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Client = await Factory.ClientAsAsync(TestPeople.Ledamot);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
