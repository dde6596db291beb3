namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>Where the year's internkontrollplan stands.</summary>
public enum InternalControlPlanStatus
{
    /// <summary>Nothing planned under this key yet.</summary>
    NotPlanned,

    /// <summary>Drawn up (e.g. by the annual wheel), not yet adopted by the board.</summary>
    Planned,

    /// <summary>Adopted (fastställd) by the board: its controls can be checked off.</summary>
    Adopted,
}
