namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>
/// Payload (JSON, web defaults with NodaTime's converters) of the outbox message <c>internal-control.changed</c>.
/// </summary>
/// <param name="Key">The plan's grain key.</param>
/// <param name="Version">The plan's state version after the change.</param>
/// <param name="Action">What happened, e.g. <c>internal-control.checked</c>.</param>
/// <param name="Status">The plan's status after the change.</param>
/// <param name="ControlId">The control checked off, for <c>internal-control.checked</c>.</param>
public sealed record InternalControlChanged(
    string Key,
    int Version,
    string Action,
    InternalControlPlanStatus Status,
    string? ControlId);
