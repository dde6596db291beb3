using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.Grains;

/// <summary>The Swedish words for a meeting's status, for messages people read.</summary>
public static class MeetingStatusNames
{
    /// <summary>E.g. "kallat" for <see cref="MeetingStatus.InvitationSent"/>.</summary>
    public static string Swedish(MeetingStatus status) => status switch
    {
        MeetingStatus.NotPlanned => "inte planerat",
        MeetingStatus.Planned => "planerat",
        MeetingStatus.InvitationSent => "kallat",
        MeetingStatus.PapersSent => "handlingar skickade",
        MeetingStatus.Held => "genomfört",
        MeetingStatus.MinutesApproved => "protokoll justerat",
        MeetingStatus.Cancelled => "inställt",
        MeetingStatus.Rescheduled => "ombokat",
        _ => status.ToString(),
    };
}
