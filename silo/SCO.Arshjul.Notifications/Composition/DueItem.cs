using NodaTime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Something with a due date that a personal reminder names: a decision, a control, a deadline, a SAM task.</summary>
/// <param name="Label">How the subject names it, e.g. "Beslut SCÖ 2024-2.13".</param>
/// <param name="Heading">The body's first line, e.g. "Beslut SCÖ 2024-2.13: Verksamhetsplan och budget 2025".</param>
/// <param name="ItemTitle">The notification's item title.</param>
/// <param name="Done">The participle of being done, agreeing with the label: "verkställt", "genomförd", "klar".</param>
/// <param name="Status">The item's status in Swedish.</param>
/// <param name="ResponsibleName">Who answers for it, if anyone.</param>
/// <param name="Details">More lines for the body, e.g. the control's method.</param>
internal sealed record DueItem(
    string Label,
    string Heading,
    string ItemTitle,
    LocalDate Due,
    string Done,
    string Status,
    string? ResponsibleName,
    IReadOnlyList<string> Details);
