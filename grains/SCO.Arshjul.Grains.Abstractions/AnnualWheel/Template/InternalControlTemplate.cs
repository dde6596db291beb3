namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// The internkontrollplan's recurring shape: the board draws it up at the beginning of the year and follows it up
/// with tertialrapport 2 (shared/DOMAIN.md).
/// </summary>
/// <param name="AdoptBy">Must yield exactly one date a year, e.g. the day of the February board meeting.</param>
/// <param name="FollowUp">Must yield exactly one date a year: the tertial-2 follow-up.</param>
/// <param name="Controls">The controls; a year file may replace the list for its year.</param>
public sealed record InternalControlTemplate(
    RecurrenceRule AdoptBy,
    RecurrenceRule FollowUp,
    IReadOnlyList<ControlTemplate> Controls);
