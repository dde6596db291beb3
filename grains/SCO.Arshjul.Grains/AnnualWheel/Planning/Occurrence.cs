using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel.Template;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>One date of an activity in the plan: pinned by the year file, or given by the rule and shifted.</summary>
internal sealed record Occurrence(LocalDate Date, PinnedOccurrence? Pin)
{
    /// <summary>Only a pinned date can be confirmed; a date computed from a rule is always an assumption.</summary>
    public bool Assumed => Pin?.Assumed ?? true;
}
