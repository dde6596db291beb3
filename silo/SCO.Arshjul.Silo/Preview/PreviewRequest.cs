namespace SCO.Arshjul.Silo.Preview;

/// <summary>What a preview is asked for, as the command line or the query string gives it (checked by <see cref="PreviewPeriod.Check"/>).</summary>
/// <param name="Organisation">The organisation's id, e.g. <c>sco</c>.</param>
/// <param name="From">The first day, <c>yyyy-MM-dd</c> (Europe/Stockholm); today when null or empty.</param>
/// <param name="To">The last day, <c>yyyy-MM-dd</c>; the last day of <paramref name="From"/>'s year when null or empty.</param>
public sealed record PreviewRequest(string? Organisation, string? From = null, string? To = null);
