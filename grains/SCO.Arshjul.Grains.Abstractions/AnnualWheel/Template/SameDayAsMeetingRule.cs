namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// The day of a meeting activity's occurrence in each of <paramref name="Months"/>, after its own pins and
/// holiday shift: "decided at the board meeting in April". The referenced activity must be a meeting with
/// exactly one occurrence in each month.
/// </summary>
public sealed record SameDayAsMeetingRule(string ActivityId, IReadOnlyList<int> Months) : RecurrenceRule;
