using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>One activity of a year's wheel, as indexed by the wheel grain. Times are local to Europe/Stockholm.</summary>
/// <param name="Id">The item's id: the meeting, deadline or task id, the control id, or <see cref="AnnualWheelRules.InternalControlAdoptionId"/> / <see cref="AnnualWheelRules.InternalControlFollowUpId"/>
/// for the internkontrollplan. Unique together with <paramref name="Kind"/>.</param>
/// <param name="TemplateActivityId">The template activity it comes from, e.g. <c>styrelsemote</c>, if any.</param>
/// <param name="BodyIds">The bodies concerned (invited, or receiving a report).</param>
/// <param name="Start">A meeting's local start; null for other kinds.</param>
/// <param name="End">A meeting's local end; null for other kinds.</param>
/// <param name="Due">The due date of a non-meeting item; null for meetings.</param>
/// <param name="GrainKey">The grain that holds the item, e.g. <c>sco/meeting/2025-03-14-styrelse</c>.</param>
/// <param name="Assumed">True when the date is not given by the source documents.</param>
public sealed record WheelActivity(
    string Id,
    WheelItemKind Kind,
    string? TemplateActivityId,
    string Title,
    IReadOnlyList<string> BodyIds,
    LocalDateTime? Start,
    LocalDateTime? End,
    LocalDate? Due,
    string GrainKey,
    bool Assumed);
