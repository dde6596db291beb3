namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>The outcome of one control.</summary>
public enum ControlResult
{
    /// <summary>Utan anmärkning: no deviation found.</summary>
    Ok,

    /// <summary>Avvikelse: a deviation was found; an action note is required.</summary>
    Deviation,
}
