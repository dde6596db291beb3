using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.Tests.TestSupport;

/// <summary>Assertions for rejected commands.</summary>
public static class Expect
{
    /// <summary>Asserts that <paramref name="act"/> is rejected with <paramref name="code"/> and a message for people.</summary>
    public static async Task<GovernanceRuleException> RejectedAsync(string code, Func<Task> act)
    {
        var error = await Assert.ThrowsAsync<GovernanceRuleException>(act);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return error;
    }

    /// <summary>
    /// Asserts that <paramref name="act"/> is rejected with <paramref name="code"/> and that <paramref name="read"/>
    /// returns exactly the same snapshot afterwards (compared as JSON, lists included).
    /// </summary>
    public static async Task RejectedAndUnchangedAsync<T>(string code, Func<Task<T>> read, Func<Task> act)
    {
        var before = await read();
        await RejectedAsync(code, act);
        var after = await read();
        Assert.Equal(GovernanceJson.Serialize(before!), GovernanceJson.Serialize(after!));
    }
}
