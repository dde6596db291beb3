namespace SCO.Arshjul.Scheduling.Tests.TestSupport;

/// <summary>Waits for what Quartz does on its own threads (e.g. deleting a fired trigger just after its job returns).</summary>
internal static class Eventually
{
    /// <summary>Returns once <paramref name="condition"/> holds; fails after 30 s of real time.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (patience.IsCancellationRequested)
            {
                throw new TimeoutException($"still not true after 30 s: {what}");
            }

            await Task.Yield();
        }
    }
}
