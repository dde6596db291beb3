using NodaTime;

namespace SCO.Arshjul.Grains.Common;

/// <summary>Who completed a checklist item, when, and how it is documented.</summary>
/// <param name="At">When it was recorded as done (UTC).</param>
/// <param name="By">Who recorded it.</param>
/// <param name="DocumentationNote">Where or how the work is documented (required), e.g. "Protokoll skyddsrond 2025-05-12, diarienr 12/2025".</param>
public sealed record ChecklistCompletion(Instant At, string By, string DocumentationNote);
