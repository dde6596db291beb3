namespace SCO.Arshjul.Silo.Hosting;

/// <summary>The real time shifted by a fixed offset, at real speed (timers and delays are the system's own).</summary>
public sealed class OffsetTimeProvider(TimeSpan offset) : TimeProvider
{
    /// <summary>How far this clock is ahead of (or, negative, behind) the real time.</summary>
    public TimeSpan Offset { get; } = offset;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
