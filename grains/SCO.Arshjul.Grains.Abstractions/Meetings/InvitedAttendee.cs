namespace SCO.Arshjul.Grains.Meetings;

/// <summary>One person the last kallelse (or updated kallelse) of a meeting went to.</summary>
/// <param name="PersonId">The person's roster id, e.g. <c>anna-lindqvist</c> (the qualified form <c>{org}/{person}</c> is accepted and stored local).</param>
/// <param name="Required">True for a required attendee (ordinarie), false for an optional one (ersättare).</param>
public sealed record InvitedAttendee(string PersonId, bool Required);
