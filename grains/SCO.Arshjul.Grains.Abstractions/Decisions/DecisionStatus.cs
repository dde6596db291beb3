namespace SCO.Arshjul.Grains.Decisions;

/// <summary>
/// How far a board decision has been carried out: beslutat → pågår → verkställt → återrapporterat, or avbrutet from
/// any status that is not final. No step may be skipped.
/// </summary>
public enum DecisionStatus
{
    /// <summary>Nothing recorded under this key yet.</summary>
    NotRecorded,

    /// <summary>Beslutat: decided by the board, not yet started.</summary>
    Decided,

    /// <summary>Pågår: being carried out.</summary>
    InProgress,

    /// <summary>Verkställt: carried out.</summary>
    Executed,

    /// <summary>Återrapporterat: reported back to the board. Final.</summary>
    ReportedBack,

    /// <summary>Avbrutet: will not be carried out. Final.</summary>
    Cancelled,
}
