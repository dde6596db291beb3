using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// One recurring activity of the wheel (config/arshjul/template.yaml), or a one-off added by a year file.
/// A date the rule produces on a non-working day moves to the working day before, for meetings as well as
/// deadlines: a meeting on a holiday is not held, and the day before keeps it ahead of whatever it prepares.
/// </summary>
/// <param name="Id">Stable id, lower-case ASCII with hyphens, e.g. <c>styrelsemote</c>; part of every planned id.</param>
/// <param name="Title">
/// Swedish title. Placeholders: <c>{year}</c>, <c>{previousYear}</c>, <c>{nextYear}</c> and <c>{month}</c>
/// (the Swedish month name of the date, e.g. <c>mars</c>), so "Årsredovisning {previousYear}" reads
/// "Årsredovisning 2024" in the 2025 plan.
/// </param>
/// <param name="When">The recurrence; null only for a year file's one-off, whose dates are all pinned.</param>
/// <param name="Bodies">Body ids from the roster: the bodies invited to a meeting, or the body that receives a deadline.</param>
/// <param name="MeetingKind">Required for meetings.</param>
/// <param name="DeadlineCategory">Required for deadlines.</param>
/// <param name="Start">Start time of a meeting (required for meetings).</param>
/// <param name="End">End time of a meeting on its last day (required for meetings).</param>
/// <param name="Agenda">Agenda items of a meeting; they may use the same placeholders as the title.</param>
/// <param name="Days">How many consecutive days a meeting lasts (planeringsdagar: 2). The default is 1.</param>
/// <param name="Responsible">Who answers for a deadline or SAM task. The default is the förbundschef.</param>
/// <param name="Source">Where the facts come from (a seed document), for the reader of the config.</param>
public sealed record ActivityTemplate(
    string Id,
    ActivityKind Kind,
    string Title,
    RecurrenceRule? When,
    IReadOnlyList<string> Bodies,
    MeetingKind? MeetingKind = null,
    DeadlineCategory? DeadlineCategory = null,
    LocalTime? Start = null,
    LocalTime? End = null,
    int Days = 1,
    string? Location = null,
    IReadOnlyList<string>? Agenda = null,
    ResponsibleParty? Responsible = null,
    string? Source = null);
