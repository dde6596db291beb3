namespace SCO.Arshjul.Silo.Preview;

/// <summary>The channel the configuration names, through which the previewed notifications would go.</summary>
/// <param name="Channel"><c>file</c> (the file outbox) or <c>graph</c> (Microsoft Graph).</param>
/// <param name="Destination">Where: the outbox directory, or Graph and the organiser mailbox. No secrets.</param>
public sealed record PreviewDelivery(string Channel, string Destination);
