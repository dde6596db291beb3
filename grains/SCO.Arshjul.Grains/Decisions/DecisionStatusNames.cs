using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.Grains;

/// <summary>The Swedish words for a decision's status, for messages people read.</summary>
public static class DecisionStatusNames
{
    /// <summary>E.g. "pågår" for <see cref="DecisionStatus.InProgress"/>.</summary>
    public static string Swedish(DecisionStatus status) => status switch
    {
        DecisionStatus.NotRecorded => "inte registrerat",
        DecisionStatus.Decided => "beslutat",
        DecisionStatus.InProgress => "pågår",
        DecisionStatus.Executed => "verkställt",
        DecisionStatus.ReportedBack => "återrapporterat",
        DecisionStatus.Cancelled => "avbrutet",
        _ => status.ToString(),
    };
}
