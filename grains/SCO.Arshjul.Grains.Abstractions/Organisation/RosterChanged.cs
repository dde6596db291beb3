namespace SCO.Arshjul.Grains.Organisation;

/// <summary>
/// Payload (JSON, web defaults with NodaTime's converters) of the outbox message <c>roster.changed</c>, so that the
/// scheduling side can react to changed memberships (read the roster again and compare).
/// </summary>
/// <param name="Key">The roster's grain key, <c>{org}/roster</c>.</param>
/// <param name="Version">The roster's state version after the change.</param>
/// <param name="Action">What happened, e.g. <c>roster.imported</c>.</param>
public sealed record RosterChanged(string Key, int Version, string Action);
