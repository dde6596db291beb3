using System.Text.Json;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>A control's check as the API shows it (<c>GET internal-control/{year}</c>): null fields where the check has none.</summary>
internal sealed record StoredCheck(string? Result, string? Comment, string? EvidenceUrl, string? ActionNote, string? By)
{
    /// <summary>Whether this is exactly what <paramref name="sent"/> asked to store.</summary>
    public bool Matches(CheckOff sent) =>
        Result == sent.StoredResult && Comment == sent.Comment && EvidenceUrl == sent.EvidenceUrl && ActionNote == sent.ActionNote && By == sent.Person;

    /// <summary>A check as the grain's stored state holds it: the result as the enum's number (0 ok, 1 deviation).</summary>
    public static StoredCheck OfState(JsonElement check) => Of(check) with
    {
        Result = check.GetProperty("result") is { ValueKind: JsonValueKind.Number } number ? (number.GetInt32() == 0 ? "ok" : "deviation") : Text(check, "result"),
    };

    public static StoredCheck Of(JsonElement check) => new(Text(check, "result"), Text(check, "comment"), Text(check, "evidenceUrl"), Text(check, "actionNote"), Text(check, "by"));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
