using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>The fixed rules the annual wheel judges items by.</summary>
public static class AnnualWheelRules
{
    /// <summary>
    /// How long after a meeting's end its minutes may stay unapproved (ojusterat) before the meeting counts as overdue:
    /// the protokoll is justerat within days of a meeting (shared/DOMAIN.md), so two weeks leaves room for absences.
    /// </summary>
    /// <value>14 days.</value>
    public static Duration MinutesApprovalPeriod { get; } = Duration.FromDays(14);

    /// <summary>The activity id of the internkontrollplan's adoption.</summary>
    public const string InternalControlAdoptionId = "adoption";

    /// <summary>The activity id of the internkontrollplan's tertial-2 follow-up.</summary>
    public const string InternalControlFollowUpId = "follow-up";
}
