using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Storage;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Runtime.Tests.Persistence;

/// <summary>The runtime over SQLite: every silo of a test opens the same database file.</summary>
public sealed class SqlitePersistenceTests : PersistenceTests
{
    private readonly TempSqliteFile _file = new();

    protected override void AddStorage(IServiceCollection services) => services.AddSqliteGrainStorage(_file.Path);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Dispose();
    }
}
