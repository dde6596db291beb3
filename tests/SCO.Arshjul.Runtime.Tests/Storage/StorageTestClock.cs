namespace SCO.Arshjul.Runtime.Tests.Storage;

/// <summary>
/// A clock that stands still until a test sets it, forwards or back (unlike <c>ManualTimeProvider</c>, which never goes
/// back): two silos' clocks disagree, so a later write may carry an earlier <c>created_utc</c>.
/// </summary>
internal sealed class StorageTestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
