using System.Text.Json;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>An event as the fake Graph server stores it now (after any PATCH or cancel).</summary>
/// <param name="Mailbox">The <c>{user}</c> segment the event was created under, as the request spelled it.</param>
/// <param name="TransactionId">The body's <c>transactionId</c> at creation, if any.</param>
/// <param name="CancelComment">The comment given to <c>/cancel</c>, if the event was cancelled.</param>
/// <param name="Json">The stored event JSON (what a GET would return).</param>
public sealed record FakeEvent(
    string Id,
    string Mailbox,
    string? TransactionId,
    bool IsCancelled,
    string? CancelComment,
    JsonElement Json);
