namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>What the API showed of one plan: its version, the length of its history, how many history lines record a check-off, and each control's check.</summary>
internal sealed record PlanReading(int Year, int Version, int HistoryLines, int CheckedLines, IReadOnlyDictionary<string, StoredCheck?> Checks)
{
    /// <summary>Every control's check of <paramref name="plans"/>, by <c>{year}/{control}</c> (as <see cref="CheckOff.ToString"/>).</summary>
    public static IReadOnlyDictionary<string, StoredCheck?> ChecksOf(IEnumerable<PlanReading> plans) =>
        plans.SelectMany(p => p.Checks.Select(c => (Key: $"{p.Year}/{c.Key}", Check: c.Value))).ToDictionary(c => c.Key, c => c.Check);
}
