using System.Text.Json;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>A message sent through <c>POST /users/{user}/sendMail</c>.</summary>
/// <param name="Mailbox">The <c>{user}</c> segment it was sent from, as the request spelled it.</param>
/// <param name="To">The <c>toRecipients</c> addresses, in order.</param>
/// <param name="BodyContentType">The body's <c>contentType</c> as sent (e.g. "text" or "html").</param>
/// <param name="SaveToSentItems">The request's <c>SaveToSentItems</c>; null when absent.</param>
/// <param name="Message">The whole <c>Message</c> object, for anything else a test wants to look at.</param>
public sealed record FakeMail(
    string Mailbox,
    IReadOnlyList<string> To,
    string? Subject,
    string? BodyContentType,
    string? BodyContent,
    bool? SaveToSentItems,
    JsonElement Message);
