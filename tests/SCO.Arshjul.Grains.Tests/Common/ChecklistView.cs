using NodaTime;
using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains.Tests.Common;

/// <summary>What the checklist tests read of a deadline or SAM-task snapshot.</summary>
public sealed record ChecklistView(
    ChecklistStatus Status,
    LocalDate? Due,
    string? ResponsiblePersonId,
    ChecklistCompletion? Completion,
    int Version,
    IReadOnlyList<AuditEntry> History);
