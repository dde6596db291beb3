namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>A command to check off one control.</summary>
/// <param name="ControlId">The control's id in the plan.</param>
/// <param name="Result">Ok or avvikelse.</param>
/// <param name="Comment">What was checked and found (required).</param>
/// <param name="EvidenceUrl">Optional link to the evidence: an absolute http or https URL.</param>
/// <param name="ActionNote">The action to take; required for a deviation.</param>
public sealed record CheckOffControl(
    string ControlId,
    ControlResult Result,
    string Comment,
    string? EvidenceUrl = null,
    string? ActionNote = null);
