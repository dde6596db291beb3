namespace SCO.Arshjul.Silo.Hosting;

/// <summary>
/// The silo's clock. Section <c>Clock</c>; environment <c>ARSHJUL_Clock__Offset</c>. Unset, the silo runs on the real
/// time. With <see cref="Offset"/>, every part of the silo (grains, Quartz, the dispatcher, the web app) sees the real
/// time shifted by it, still running at real speed: how a rehearsal, a soak or a fault test lets "Friday 09:00" come
/// in two minutes. Nodes of one cluster must be given the same offset.
/// </summary>
public sealed class ClockOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Clock";

    /// <summary>Added to the real time, e.g. <c>3.04:05:00</c> or <c>-00:30:00</c>; null (the default) for the real time.</summary>
    public TimeSpan? Offset { get; set; }

    /// <summary>The clock these options describe.</summary>
    public TimeProvider CreateClock() => Offset is { } offset && offset != TimeSpan.Zero ? new OffsetTimeProvider(offset) : TimeProvider.System;
}
