using NodaTime;

namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>A deviation (avvikelse) found by a control, with the action decided.</summary>
/// <param name="ControlId">The control's id.</param>
/// <param name="Risk">The control's risk value (probability × consequence).</param>
/// <param name="ActionNote">The action to take.</param>
/// <param name="CheckedAt">When the control was checked off.</param>
/// <param name="CheckedBy">Who checked it.</param>
public sealed record ControlDeviation(
    string ControlId,
    string Area,
    string Title,
    int Risk,
    string Comment,
    string ActionNote,
    Instant CheckedAt,
    string CheckedBy);
