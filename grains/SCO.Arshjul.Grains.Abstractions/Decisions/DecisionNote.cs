using NodaTime;

namespace SCO.Arshjul.Grains.Decisions;

/// <summary>A dated progress note on a decision.</summary>
/// <param name="At">When it was written (UTC).</param>
/// <param name="Date">The date it was written, in Europe/Stockholm.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Text">The note.</param>
public sealed record DecisionNote(Instant At, LocalDate Date, string Author, string Text);
