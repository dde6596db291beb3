using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.ClientApi.Api.Meetings;

/// <summary>An ad-hoc meeting: times local to Europe/Stockholm, at least one invited body, an optional agenda.</summary>
/// <param name="Kind">A <see cref="MeetingKind"/> in camelCase, e.g. <c>boardMeeting</c>.</param>
/// <param name="Bodies">The invited bodies' ids, e.g. <c>["styrelse"]</c>.</param>
internal sealed record CreateMeetingRequest(
    string? Title,
    string? Kind,
    IReadOnlyList<string>? Bodies,
    LocalDateTime? Start,
    LocalDateTime? End,
    string? Location,
    IReadOnlyList<string>? Agenda)
{
    /// <summary>At most this many bodies and agenda points.</summary>
    public const int MaxItems = 50;

    public MeetingKind? ParsedKind =>
        Enum.GetNames<MeetingKind>().FirstOrDefault(n => n.Equals(Kind, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<MeetingKind>(name) : null;

    public ProblemHttpResult? Problem() => RequestRules.First(
        RequestRules.Required(Title, "title", "Rubriken"),
        ParsedKind is null ? RequestRules.Invalid("kind.unknown", $"Okänd mötestyp '{Kind}'.") : null,
        Bodies is not { Count: > 0 } || Bodies.Any(string.IsNullOrWhiteSpace)
            ? RequestRules.Invalid("bodies.required", "Minst ett organ (bodies) måste kallas, inget tomt.")
            : null,
        Bodies is { Count: > MaxItems } ? RequestRules.Invalid("bodies.too-many", $"Högst {MaxItems} organ (bodies).") : null,
        MeetingTimes.Problem(Start, End),
        RequestRules.Length(Location, "location", "Platsen"),
        Agenda is { Count: > MaxItems } ? RequestRules.Invalid("agenda.too-many", $"Högst {MaxItems} punkter på dagordningen (agenda).") : null,
        Agenda?.Any(string.IsNullOrWhiteSpace) == true ? RequestRules.Invalid("agenda.required", "En punkt på dagordningen (agenda) är tom.") : null,
        RequestRules.First([.. (Agenda ?? []).Select(a => RequestRules.Length(a, "agenda", "En punkt på dagordningen"))]));
}

/// <summary>New local times for a meeting and why.</summary>
internal sealed record RescheduleMeetingRequest(LocalDateTime? Start, LocalDateTime? End, string? Reason)
{
    public ProblemHttpResult? Problem() => RequestRules.First(MeetingTimes.Problem(Start, End), RequestRules.Required(Reason, "reason", "Skälet"));
}

/// <summary>Why a meeting is cancelled.</summary>
internal sealed record CancelMeetingRequest(string? Reason)
{
    public ProblemHttpResult? Problem() => RequestRules.Required(Reason, "reason", "Skälet");
}

/// <summary>A meeting's start and end: both given, the end after the start.</summary>
internal static class MeetingTimes
{
    public static ProblemHttpResult? Problem(LocalDateTime? start, LocalDateTime? end) => RequestRules.First(
        start is null ? RequestRules.Invalid("start.required", "Starttiden (start) saknas.") : null,
        end is null ? RequestRules.Invalid("end.required", "Sluttiden (end) saknas.") : null,
        start is { } s && end is { } e && e <= s ? RequestRules.Invalid(GovernanceErrorCodes.TimeEndBeforeStart, "Sluttiden (end) måste vara efter starttiden (start).") : null);
}
