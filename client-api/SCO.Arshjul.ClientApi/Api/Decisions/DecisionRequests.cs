using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.ClientApi.Api.Decisions;

/// <summary>A new board decision.</summary>
/// <param name="MeetingKey">The meeting it was taken at, e.g. <c>sco/meeting/2025-03-14-styrelse</c>.</param>
/// <param name="Responsible">The roster id of the person responsible.</param>
internal sealed record RecordDecisionRequest(string? Reference, string? MeetingKey, string? Title, string? Text, string? Responsible, LocalDate? Due)
{
    public ProblemHttpResult? Problem() => RequestRules.First(
        RequestRules.Required(Reference, "reference", "Diarienummer"),
        RequestRules.Required(MeetingKey, "meetingKey", "Mötet"),
        RequestRules.Required(Title, "title", "Rubriken"),
        RequestRules.Required(Responsible, "responsible", "Ansvarig"),
        RequestRules.Length(Text, "text", "Beslutstexten"),
        Due is null ? RequestRules.Invalid("due.required", "Förfallodatum (due) saknas.") : null);
}

/// <summary>The next status of a decision (decided → inProgress → executed → reportedBack, or cancelled), with an optional note.</summary>
internal sealed record ChangeStatusRequest(string? Status, string? Note)
{
    public DecisionStatus? ParsedStatus =>
        Enum.TryParse<DecisionStatus>(Status, ignoreCase: true, out var value) && Enum.IsDefined(value) && value != DecisionStatus.NotRecorded ? value : null;

    public ProblemHttpResult? Problem() => RequestRules.First(
        ParsedStatus is null ? RequestRules.Invalid("decision.status.unknown", $"Okänd status '{Status}'.") : null,
        RequestRules.Length(Note, "note", "Anteckningen"));
}

/// <summary>A dated progress note.</summary>
internal sealed record NoteRequest(string? Note)
{
    public ProblemHttpResult? Problem() => RequestRules.Required(Note, "note", "Anteckningen");
}
