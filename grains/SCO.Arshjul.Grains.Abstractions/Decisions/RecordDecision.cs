using NodaTime;

namespace SCO.Arshjul.Grains.Decisions;

/// <summary>A board decision to record.</summary>
/// <param name="Reference">The decision's reference, e.g. <c>SCÖ 2024-2.13</c>; must be the key's last part.</param>
/// <param name="MeetingKey">The meeting where it was decided: <c>{org}/meeting/{id}</c> of the same organisation (else <c>organisation.mismatch</c>; a malformed key gives <c>validation.key-invalid</c>).</param>
/// <param name="Title">What was decided, in short.</param>
/// <param name="Text">The decision text.</param>
/// <param name="ResponsiblePersonId">Who carries it out (usually the förbundschef); must be in the roster.</param>
/// <param name="Due">When it should be carried out (Europe/Stockholm); overdue from the start of the next day.</param>
public sealed record RecordDecision(
    string Reference,
    string MeetingKey,
    string Title,
    string Text,
    string ResponsiblePersonId,
    LocalDate Due);
