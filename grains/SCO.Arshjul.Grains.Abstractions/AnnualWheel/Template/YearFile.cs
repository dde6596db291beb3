namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// One organisation's year (config/arshjul/{org}-{year}.yaml): concrete dates that override the template.
/// Activities it does not mention keep the template's rule.
/// </summary>
/// <param name="Pins">Per activity (template or added), the exact dates that replace the rule's dates.</param>
/// <param name="AddedActivities">One-off activities for this year only; their dates are in <paramref name="Pins"/>.</param>
/// <param name="InternalControl">Pinned adoption and follow-up dates, and optionally the year's own controls.</param>
public sealed record YearFile(
    string OrganisationId,
    int Year,
    IReadOnlyList<ActivityPins> Pins,
    IReadOnlyList<ActivityTemplate> AddedActivities,
    YearInternalControl? InternalControl = null);
