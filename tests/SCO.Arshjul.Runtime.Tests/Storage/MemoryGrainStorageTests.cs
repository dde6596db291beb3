namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <summary>The storage contract in memory: every "silo" on one database is the same instance.</summary>
public sealed class MemoryGrainStorageTests : GrainStorageContractTests<MemoryGrainStorage>
{
    protected override Task<Func<MemoryGrainStorage>> CreateDatabaseAsync()
    {
        var database = new MemoryGrainStorage(Clock);
        return Task.FromResult(() => database);
    }
}
