using SCO.Arshjul.Grains;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using Names = SCO.Arshjul.Grains.AnnualWheel.Planning.SwedishNames;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>The Swedish words for roles and statuses in notifications, from the grains' own names where they have them.</summary>
internal static class SwedishLabels
{
    /// <summary>The role of a recipient who answers for an item without a roster role that says so.</summary>
    public const string Responsible = "ansvarig";

    /// <summary>The role of the förbund's organiser mailbox in a calendar invitation.</summary>
    public const string Organizer = "arrangör";

    /// <summary>"januari" … "december".</summary>
    public static IReadOnlyList<string> Months => Names.Months;

    /// <summary>"ordförande", "ledamot", "ersättare", "förbundschef" ….</summary>
    public static string Of(Role role) => Names.Of(role);

    /// <summary>"beslutat", "pågår", "verkställt" ….</summary>
    public static string Of(DecisionStatus status) => DecisionStatusNames.Swedish(status);

    /// <summary>"planerat", "kallat", "genomfört" ….</summary>
    public static string Of(MeetingStatus status) => MeetingStatusNames.Swedish(status);

    /// <summary>"inte klar" or "klar".</summary>
    public static string Of(ChecklistStatus status) => status switch
    {
        ChecklistStatus.Open => "inte klar",
        ChecklistStatus.Completed => "klar",
        _ => "inte planerad",
    };
}
