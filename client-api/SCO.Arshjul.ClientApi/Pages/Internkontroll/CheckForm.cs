namespace SCO.Arshjul.ClientApi.Pages.Internkontroll;

/// <summary>What was entered in a control's check-off form, shown again when the check was refused.</summary>
public sealed record CheckForm(string ControlId, string? Result, string? Comment, string? EvidenceUrl, string? ActionNote);
