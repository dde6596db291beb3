using NodaTime;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.ClientApi.Feeds;

/// <summary>When a meeting last changed: its newest history entry (the feeds' DTSTAMP and OParl's <c>modified</c>).</summary>
internal static class MeetingLastChange
{
    public static Instant Of(MeetingSnapshot meeting) => meeting.History.Count > 0 ? meeting.History[^1].At : meeting.StartsAt;
}
