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
    JsonElement Message)
{
    /// <summary>The value of the message's single-value extended property <paramref name="id"/> (e.g. <c>String {guid} Name X</c>), if it has it.</summary>
    public string? ExtendedProperty(string id)
    {
        var properties = Message.ValueKind == JsonValueKind.Object
            ? Message.EnumerateObject().FirstOrDefault(p => p.Name.Equals("singleValueExtendedProperties", StringComparison.OrdinalIgnoreCase)).Value
            : default;
        if (properties.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return properties.EnumerateArray()
            .Where(p => p.ValueKind == JsonValueKind.Object && Field(p, "id") is { } found && found.Equals(id, StringComparison.OrdinalIgnoreCase))
            .Select(p => Field(p, "value"))
            .FirstOrDefault();
    }

    private static string? Field(JsonElement element, string name) =>
        element.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;
}
