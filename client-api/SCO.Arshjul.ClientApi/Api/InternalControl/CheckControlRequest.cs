using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.Grains.InternalControl;

namespace SCO.Arshjul.ClientApi.Api.InternalControl;

/// <summary>
/// The outcome of one control: <c>ok</c> or <c>avvikelse</c> (also <c>deviation</c>, as the API shows it), what was
/// checked (comment), an optional link to the evidence and, for a deviation, the action to take. The plan grain
/// judges the evidence link (absolute http/https) and the action note (required for a deviation).
/// </summary>
internal sealed record CheckControlRequest(string? Result, string? Comment, string? EvidenceUrl, string? ActionNote)
{
    public ControlResult? ParsedResult => Result?.Trim().ToUpperInvariant() switch
    {
        "OK" => ControlResult.Ok,
        "AVVIKELSE" or "DEVIATION" => ControlResult.Deviation,
        _ => null,
    };

    public ProblemHttpResult? Problem() => RequestRules.First(
        string.IsNullOrWhiteSpace(Result) ? RequestRules.Invalid("result.required", "Resultatet (result) saknas: ange 'ok' eller 'avvikelse'.") : null,
        ParsedResult is null ? RequestRules.Invalid("result.unknown", $"Okänt resultat '{Result}': ange 'ok' eller 'avvikelse'.") : null,
        RequestRules.Required(Comment, "comment", "Kommentaren"),
        RequestRules.Length(EvidenceUrl, "evidenceUrl", "Länken till underlaget"),
        RequestRules.Length(ActionNote, "actionNote", "Åtgärden"));

    /// <summary>The grain's command for <paramref name="controlId"/>; only after <see cref="Problem"/> returned null.</summary>
    public CheckOffControl ToCommand(string controlId) => new(controlId, ParsedResult!.Value, Comment!, EvidenceUrl, ActionNote);
}
