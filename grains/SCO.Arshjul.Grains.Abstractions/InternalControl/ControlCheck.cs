using NodaTime;

namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>A control as checked off: the outcome, who checked it and when.</summary>
/// <param name="Result">Ok or avvikelse.</param>
/// <param name="Comment">What was checked and found.</param>
/// <param name="EvidenceUrl">Link to the evidence, if any.</param>
/// <param name="ActionNote">The action to take (always present for a deviation).</param>
/// <param name="At">When it was checked off (UTC).</param>
/// <param name="By">The internkontrollant or förbundschef who checked it (roster id).</param>
public sealed record ControlCheck(
    ControlResult Result,
    string Comment,
    string? EvidenceUrl,
    string? ActionNote,
    Instant At,
    string By);
