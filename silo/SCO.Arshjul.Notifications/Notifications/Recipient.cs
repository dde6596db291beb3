namespace SCO.Arshjul.Notifications;

/// <summary>A person a notification goes to, resolved from the roster.</summary>
/// <param name="PersonId">Roster id, e.g. <c>anna-lindqvist</c>.</param>
/// <param name="Role">The governance role that made them a recipient, in Swedish (e.g. "ledamot", "ersättare", "förbundschef").</param>
/// <param name="Required">For invitations: required (ledamot) or optional (ersättare) attendance.</param>
public sealed record Recipient(string PersonId, string Name, string Email, string Role, bool Required = true);
