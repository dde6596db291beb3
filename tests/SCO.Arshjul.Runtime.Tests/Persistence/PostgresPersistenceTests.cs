using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Runtime.Tests.Persistence;

/// <summary>The runtime over PostgreSQL: every silo of a test uses the test's own database.</summary>
public sealed class PostgresPersistenceTests : PersistenceTests
{
    private string _connectionString = "";

    public override async ValueTask InitializeAsync() =>
        _connectionString = await PostgresServer.CreateDatabaseAsync(TestContext.Current.CancellationToken);

    protected override void AddStorage(IServiceCollection services) => services.AddPostgresGrainStorage(_connectionString);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(_connectionString, CancellationToken.None);
    }
}
