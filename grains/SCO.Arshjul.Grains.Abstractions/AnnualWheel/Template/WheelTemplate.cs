namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// The recurring annual wheel (config/arshjul/template.yaml): enough to generate any year's plan on its own.
/// A <see cref="YearFile"/> may then pin a year's concrete dates.
/// </summary>
/// <param name="Activities">Meetings, deadlines and SAM tasks; ids are unique.</param>
/// <param name="InternalControl">The internkontrollplan: when it is adopted and followed up, and its controls.</param>
public sealed record WheelTemplate(IReadOnlyList<ActivityTemplate> Activities, InternalControlTemplate InternalControl);
