using NodaTime;

namespace SCO.Arshjul.Grains.Decisions;

/// <summary>
/// Payload (JSON, web defaults with NodaTime's converters) of the outbox message <c>decision.changed</c>, so that the
/// scheduler can re-time or drop due-date reminders.
/// </summary>
/// <param name="Key">The decision's grain key.</param>
/// <param name="Version">The decision's state version after the change.</param>
/// <param name="Action">What happened, e.g. <c>decision.status-changed</c>.</param>
public sealed record DecisionChanged(
    string Key,
    int Version,
    string Action,
    DecisionStatus Status,
    LocalDate Due,
    string ResponsiblePersonId);
