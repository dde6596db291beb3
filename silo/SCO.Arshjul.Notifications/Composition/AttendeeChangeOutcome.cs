namespace SCO.Arshjul.Notifications.Composition;

/// <summary>What <see cref="AttendeeChanges.UpdateAsync"/> did for one meeting.</summary>
/// <param name="Written">Updated kallelser newly written to the outbox: 0 or 1 (0 too when the same update was there already).</param>
/// <param name="Recorded">True when the current attendees were recorded on the meeting.</param>
/// <param name="SkippedBecause">Why the meeting was left alone (English, for logs), or null.</param>
public sealed record AttendeeChangeOutcome(int Written, bool Recorded, string? SkippedBecause = null)
{
    /// <summary>The meeting was left alone, for <paramref name="reason"/>.</summary>
    public static AttendeeChangeOutcome Skip(string reason) => new(0, false, reason);
}
