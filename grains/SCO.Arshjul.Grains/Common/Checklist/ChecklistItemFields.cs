using NodaTime;

namespace SCO.Arshjul.Grains;

/// <summary>What the checklist rules need to know of a planned item.</summary>
internal sealed record ChecklistItemFields(string Id, string Title, LocalDate Due, string ResponsiblePersonId);
