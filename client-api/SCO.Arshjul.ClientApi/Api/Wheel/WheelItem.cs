using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.ClientApi.Api.Wheel;

/// <summary>One activity of a year's wheel with its item's current state. Times and dates are local to Europe/Stockholm.</summary>
/// <param name="Id">The activity's id (unique together with <paramref name="Kind"/>), e.g. <c>2026-11-27-styrelse</c>.</param>
/// <param name="Item">The item's id without the organisation, e.g. <c>meeting/2026-11-27-styrelse</c>: what
/// <c>items/{item}/history</c> takes. Controls and the plan's adoption and follow-up share <c>internal-control/{year}</c>.</param>
/// <param name="Start">A meeting's current start (after any reschedule); null for other kinds.</param>
/// <param name="End">A meeting's current end; null for other kinds.</param>
/// <param name="Due">The due date of any other kind; null for meetings.</param>
/// <param name="Status">The item's status, camelCase: a meeting's (<c>planned</c>, <c>minutesApproved</c> …), a deadline's or
/// task's (<c>open</c>, <c>completed</c>), the plan's (<c>planned</c>, <c>adopted</c>), a control's (<c>notChecked</c>,
/// <c>ok</c>, <c>deviation</c>), the follow-up's (<c>open</c>, <c>completed</c>).</param>
/// <param name="IsDone">True when nothing more is expected of the item.</param>
/// <param name="Responsible">The roster id of the person responsible, where the item names one.</param>
/// <param name="Assumed">True when the date is not given by the source documents.</param>
public sealed record WheelItem(
    string Id,
    WheelItemKind Kind,
    string Item,
    string Title,
    IReadOnlyList<string> BodyIds,
    LocalDateTime? Start,
    LocalDateTime? End,
    LocalDate? Due,
    string Status,
    bool IsDone,
    string? Responsible,
    bool Assumed);
