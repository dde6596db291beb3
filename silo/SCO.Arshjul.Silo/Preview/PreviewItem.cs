namespace SCO.Arshjul.Silo.Preview;

/// <summary>What a previewed notification is about.</summary>
/// <param name="Id">The item's grain key, e.g. <c>sco/meeting/2027-01-15-uppstartsdag</c> (for a control: its plan's).</param>
/// <param name="Kind">The kind part of the key: <c>meeting</c>, <c>deadline</c>, <c>sam-task</c>, <c>decision</c>, <c>internal-control</c>.</param>
/// <param name="Title">The item's title as the notification names it.</param>
public sealed record PreviewItem(string Id, string Kind, string Title);
