namespace SCO.Arshjul.Grains.Meetings;

/// <summary>
/// A meeting's lifecycle: planerat → kallat → handlingar skickade → genomfört → protokoll justerat; or inställt;
/// or ombokat (until a new kallelse is sent).
/// </summary>
public enum MeetingStatus
{
    /// <summary>Nothing planned under this key yet.</summary>
    NotPlanned,

    /// <summary>Planerat: planned, no invitation sent.</summary>
    Planned,

    /// <summary>Kallat: the kallelse with agenda has been sent.</summary>
    InvitationSent,

    /// <summary>Handlingar skickade: the papers have been sent.</summary>
    PapersSent,

    /// <summary>Genomfört: the meeting took place.</summary>
    Held,

    /// <summary>Protokoll justerat: the minutes are approved. Final.</summary>
    MinutesApproved,

    /// <summary>Inställt. Final.</summary>
    Cancelled,

    /// <summary>Ombokat: moved to new times; a new kallelse must be sent.</summary>
    Rescheduled,
}
