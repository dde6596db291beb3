namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>What kind of gathering a meeting is.</summary>
public enum MeetingKind
{
    /// <summary>Styrelsemöte.</summary>
    BoardMeeting,

    /// <summary>Beredningsgruppsmöte.</summary>
    PreparationGroupMeeting,

    /// <summary>Medlemsråd (consultation: årsredovisning; verksamhetsplan och budget).</summary>
    MembersCouncil,

    /// <summary>Uppstartsdag (January) or planeringsdagar (August): board and beredningsgrupp together.</summary>
    JointDay,

    /// <summary>KOLL: all stakeholders invited to the beredningsgrupp (April and October).</summary>
    Koll,

    /// <summary>Länsgemensam föreläsning (digital lecture; ≥ 8 a year, four per term).</summary>
    Lecture,
}
