using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Meetings;

/// <summary>Local meeting times in Europe/Stockholm across daylight-saving changes.</summary>
public sealed class MeetingGrainTimeTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1, 17, 9, 8)] // winter: UTC+1
    [InlineData(6, 13, 9, 7)] // summer: UTC+2
    [InlineData(3, 30, 3, 1)] // 03:00 right after the spring gap is summer time
    public async Task PlanAsync_LocalTimes_ConvertsWithStockholmOffset(int month, int day, int localHour, int utcHour)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        var start = new LocalDateTime(2025, month, day, localHour, 0);

        var planned = await meeting.PlanAsync(SamplePlans.BoardMeeting(start: start, end: start.PlusHours(2)), "wheel", _ct);

        Assert.Equal(Instant.FromUtc(2025, month, day, utcHour, 0), planned.StartsAt);
        Assert.Equal(Duration.FromHours(2), planned.EndsAt - planned.StartsAt);
    }

    [Fact]
    public async Task PlanAsync_AmbiguousAutumnTime_MeansTheEarlierSummerTime()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);
        var start = new LocalDateTime(2025, 10, 26, 2, 30);

        var planned = await meeting.PlanAsync(SamplePlans.BoardMeeting(start: start, end: new LocalDateTime(2025, 10, 26, 4, 0)), "wheel", _ct);

        Assert.Equal(Instant.FromUtc(2025, 10, 26, 0, 30), planned.StartsAt);
        Assert.Equal(Instant.FromUtc(2025, 10, 26, 3, 0), planned.EndsAt);
    }

    [Fact]
    public async Task PlanAsync_StartInSpringGap_MessageNamesTheTime()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var meeting = silo.GrainFactory.GetGrain<IMeetingGrain>(SamplePlans.MeetingKey);

        var error = await Expect.RejectedAsync(
            GovernanceErrorCodes.TimeNonexistent,
            () => meeting.PlanAsync(SamplePlans.BoardMeeting(start: new LocalDateTime(2025, 3, 30, 2, 15), end: new LocalDateTime(2025, 3, 30, 5, 0)), "wheel", _ct));

        Assert.Contains("2025-03-30 02:15", error.Message, StringComparison.Ordinal);
    }
}
