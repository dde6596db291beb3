namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <content>ClearAsync: deletes only with the stored ETag.</content>
public abstract partial class GrainStorageContractTests<TStorage>
{
    [Fact]
    public async Task ClearAsync_MatchingETag_DeletesStateAndNextWriteStartsAgain()
    {
        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [], Ct);
        await Storage.WriteAsync(Meeting, """{"v":2}""", "1", [], Ct);

        await Storage.ClearAsync(Meeting, "2", Ct);

        Assert.Null(await Storage.ReadAsync(Meeting, Ct));
        Assert.Equal("1", await Storage.WriteAsync(Meeting, """{"v":"again"}""", null, [], Ct));
    }

    [Fact]
    public async Task ClearAsync_StaleETag_ThrowsAndKeepsState()
    {
        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [], Ct);
        await Storage.WriteAsync(Meeting, """{"v":2}""", "1", [], Ct);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(Meeting, "1", Ct));

        Assert.Equal(
            "State of meeting:sco/meeting/2025-03-14-styrelse was written by another silo (stored ETag 2, this activation had 1); nothing was deleted.",
            conflict.Message);
        Assert.Equal(new StoredState("""{"v":2}""", "2"), await Storage.ReadAsync(Meeting, Ct));
    }

    [Fact]
    public async Task ClearAsync_NullETagWhenStateExists_ThrowsAndKeepsState()
    {
        await Storage.WriteAsync(Meeting, """{"v":1}""", null, [], Ct);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(Meeting, null, Ct));

        Assert.Equal(("1", null), (conflict.StoredETag, conflict.CurrentETag));
        Assert.Equal(new StoredState("""{"v":1}""", "1"), await Storage.ReadAsync(Meeting, Ct));
    }

    [Fact]
    public async Task ClearAsync_NullETagAndNoState_DoesNothing()
    {
        await Storage.ClearAsync(Meeting, null, Ct);

        Assert.Null(await Storage.ReadAsync(Meeting, Ct));
    }

    [Fact]
    public async Task ClearAsync_ETagButNoState_Throws()
    {
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearAsync(Meeting, "1", Ct));

        Assert.Equal((null, "1"), (conflict.StoredETag, conflict.CurrentETag));
    }
}
