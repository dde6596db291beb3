using NodaTime;
using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>One line of the status board, as shown and exported.</summary>
/// <param name="Summary">The register's line.</param>
/// <param name="IsOverdue">Beslutat or pågår past its due date.</param>
/// <param name="MeetingTitle">The title of the meeting that decided it, or null when the meeting is not in the register.</param>
/// <param name="MeetingDate">That meeting's date (Europe/Stockholm).</param>
/// <param name="Responsible">The responsible person's name.</param>
/// <param name="LastNote">The newest progress note, if any.</param>
public sealed record DecisionRow(
    DecisionSummary Summary,
    bool IsOverdue,
    string? MeetingTitle,
    LocalDate? MeetingDate,
    string Responsible,
    DecisionNote? LastNote)
{
    /// <summary>The meeting id (the key's last part), e.g. <c>2026-11-27-styrelse</c>.</summary>
    public string MeetingId => Summary.MeetingKey[(Summary.MeetingKey.LastIndexOf('/') + 1)..];
}
