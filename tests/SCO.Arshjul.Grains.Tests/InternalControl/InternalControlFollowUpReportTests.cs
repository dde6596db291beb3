using NodaTime;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.InternalControl;

public sealed class InternalControlFollowUpReportTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetFollowUpReportAsync_Tertial2_CountsDeviationsOverdueAndRiskMatrix()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var plan = silo.GrainFactory.GetGrain<IInternalControlPlanGrain>(InternalControlPlanGrainTests.Key);
        await plan.AdoptAsync(
            SamplePlans.ControlPlan(
                SamplePlans.Control("attest", 2, 3, new LocalDate(2025, 5, 30)),
                SamplePlans.Control("delegation", 3, 4, new LocalDate(2025, 6, 13)),
                SamplePlans.Control("inkop", 2, 3, new LocalDate(2025, 8, 29)),
                SamplePlans.Control("lon", 1, 1, new LocalDate(2025, 9, 30)),
                SamplePlans.Control("avtal", 4, 4, new LocalDate(2025, 12, 12))),
            SampleRoster.Chair,
            _ct);
        _host.SetLocal(2025, 5, 28, 10);
        await plan.CheckOffAsync(new CheckOffControl("attest", ControlResult.Ok, "Utan anmärkning"), SampleRoster.Auditor, _ct);
        await plan.CheckOffAsync(new CheckOffControl("delegation", ControlResult.Deviation, "Anmälan saknas", ActionNote: "Ny rutin"), SampleRoster.Auditor, _ct);
        _host.SetLocal(2025, 10, 1, 10);
        await plan.CheckOffAsync(new CheckOffControl("lon", ControlResult.Ok, "Granskat"), SampleRoster.Director, _ct);

        // As of 1 September: the check of "lon" on 1 October did not exist yet, "inkop" (due 29 August) is overdue.
        var report = await plan.GetFollowUpReportAsync(Instant.FromUtc(2025, 9, 1, 6, 0), _ct);

        Assert.Equal((5, 1, 1, 3), (report.TotalControls, report.OkCount, report.DeviationCount, report.UncheckedCount));
        var deviation = Assert.Single(report.Deviations);
        Assert.Equal(("delegation", 12, "Ny rutin", SampleRoster.Auditor), (deviation.ControlId, deviation.Risk, deviation.ActionNote, deviation.CheckedBy));
        Assert.Equal(["inkop", "lon", "avtal"], report.Unchecked.Select(c => c.Id));
        Assert.Equal(["inkop"], report.Overdue.Select(c => c.Id));
        Assert.Equal(2, report.RiskMatrix[1][2]);
        Assert.Equal(1, report.RiskMatrix[2][3]);
        Assert.Equal(1, report.RiskMatrix[0][0]);
        Assert.Equal(1, report.RiskMatrix[3][3]);
        Assert.Equal(5, report.RiskMatrix.Sum(row => row.Sum()));
        Assert.All(report.RiskMatrix, row => Assert.Equal(4, row.Count));
    }

    [Fact]
    public async Task GetFollowUpReportAsync_DueDateItself_IsNotYetOverdue()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var plan = silo.GrainFactory.GetGrain<IInternalControlPlanGrain>(InternalControlPlanGrainTests.Key);
        await plan.AdoptAsync(SamplePlans.ControlPlan(SamplePlans.Control("attest", due: new LocalDate(2025, 8, 29))), SampleRoster.Chair, _ct);

        var lastMinute = await plan.GetFollowUpReportAsync(Instant.FromUtc(2025, 8, 29, 21, 59), _ct);
        var nextDay = await plan.GetFollowUpReportAsync(Instant.FromUtc(2025, 8, 29, 22, 0), _ct);

        Assert.Empty(lastMinute.Overdue);
        Assert.Single(nextDay.Overdue);
    }
}
