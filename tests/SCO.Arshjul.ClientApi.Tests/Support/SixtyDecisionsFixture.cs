namespace SCO.Arshjul.ClientApi.Tests.Support;

/// <summary>A web app with <see cref="SixtyDecisions"/> due in <paramref name="year"/>, shared by a test class.</summary>
public abstract class SixtyDecisionsFixture(int year) : IAsyncLifetime
{
    public ArshjulWebFactory Factory { get; } = new();

    public async ValueTask InitializeAsync() => await SixtyDecisions.RecordAsync(Factory, year);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
