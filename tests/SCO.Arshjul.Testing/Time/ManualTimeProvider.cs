using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Testing;

/// <summary>
/// A clock that moves only when told, so a test can run a year in milliseconds: the runtime's
/// <see cref="VirtualClock"/>, starting by default at 2025-01-01 00:00 UTC.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : VirtualClock(start)
{
    /// <summary>Starts at 2025-01-01 00:00 UTC.</summary>
    public ManualTimeProvider()
        : this(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }
}
