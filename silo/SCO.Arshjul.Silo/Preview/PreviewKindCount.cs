using SCO.Arshjul.Notifications;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>How many notifications of one kind the period holds.</summary>
/// <param name="Label">The kind in Swedish, e.g. "Kallelse".</param>
public sealed record PreviewKindCount(NotificationKind Kind, string Label, int Count);
