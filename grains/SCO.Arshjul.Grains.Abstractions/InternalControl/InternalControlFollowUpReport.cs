using NodaTime;

namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>
/// The follow-up of the internkontrollplan reported at tertial 2 (delårsrapport), as of one instant: a check made
/// after <paramref name="AsOf"/> counts as not yet made.
/// </summary>
/// <param name="Key">The plan's grain key.</param>
/// <param name="Status">The plan's status.</param>
/// <param name="AsOf">The instant the report describes.</param>
/// <param name="TotalControls">How many controls the plan has.</param>
/// <param name="OkCount">Controls checked without deviation.</param>
/// <param name="DeviationCount">Controls checked with a deviation.</param>
/// <param name="UncheckedCount">Controls not checked.</param>
/// <param name="Deviations">Each deviation with its action note.</param>
/// <param name="Unchecked">The controls not checked, by due date.</param>
/// <param name="Overdue">The unchecked controls whose due date has passed (from the start of the next day, Europe/Stockholm).</param>
/// <param name="RiskMatrix">
/// Counts of controls by risk: <c>RiskMatrix[probability - 1][consequence - 1]</c>, a 4 × 4 matrix.
/// </param>
public sealed record InternalControlFollowUpReport(
    string Key,
    int Year,
    InternalControlPlanStatus Status,
    Instant AsOf,
    int TotalControls,
    int OkCount,
    int DeviationCount,
    int UncheckedCount,
    IReadOnlyList<ControlDeviation> Deviations,
    IReadOnlyList<ControlSnapshot> Unchecked,
    IReadOnlyList<ControlSnapshot> Overdue,
    IReadOnlyList<IReadOnlyList<int>> RiskMatrix);
