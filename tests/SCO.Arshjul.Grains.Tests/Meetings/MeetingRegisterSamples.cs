using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.AnnualWheel;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.Meetings;

/// <summary>The meeting register of <c>sco</c>, and the wheel's three sample meetings planned straight on their grains.</summary>
public static class MeetingRegisterSamples
{
    public const string Key = "sco/meeting-register";

    public static IMeetingRegisterGrain Register(TestSilo silo) => silo.GrainFactory.GetGrain<IMeetingRegisterGrain>(Key);

    /// <summary>
    /// Plans the board meeting (14 March, styrelse), KOLL (11 April, beredningsgrupp) and the planning days
    /// (21–22 August, both bodies) of <see cref="WheelSamples"/>.
    /// </summary>
    public static async Task PlanThreeAsync(TestSilo silo, CancellationToken cancellationToken)
    {
        foreach (var plan in new[] { WheelSamples.Board, WheelSamples.Koll, WheelSamples.PlanningDays })
        {
            await silo.GrainFactory.GetGrain<IMeetingGrain>("sco/meeting/" + plan.Id).PlanAsync(plan, SampleRoster.Director, cancellationToken);
        }
    }
}
