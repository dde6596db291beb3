using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Grains.Tests.Meetings;

/// <summary>A change to a valid plan, as theory data.</summary>
public sealed class PlannedMeetingCase(Func<PlannedMeeting, PlannedMeeting> apply)
{
    public PlannedMeeting Apply(PlannedMeeting plan) => apply(plan);
}
