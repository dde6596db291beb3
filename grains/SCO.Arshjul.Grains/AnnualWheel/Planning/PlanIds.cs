using NodaTime;
using NodaTime.Text;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>The ids of planned meetings, deadlines and SAM tasks: <c>{yyyy-MM-dd}-{activityId}</c>, e.g. <c>2025-03-14-styrelsemote</c>.</summary>
public static class PlanIds
{
    /// <summary>The id of <paramref name="activityId"/>'s occurrence on <paramref name="date"/>.</summary>
    public static string For(LocalDate date, string activityId) => $"{LocalDatePattern.Iso.Format(date)}-{activityId}";
}
