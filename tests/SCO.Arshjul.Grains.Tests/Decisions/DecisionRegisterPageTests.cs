using NodaTime;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Tests.TestSupport;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Grains.Tests.Decisions;

/// <summary><see cref="IDecisionRegisterGrain.PageAsync"/>: the status board's pages, order and counts per status.</summary>
public sealed class DecisionRegisterPageTests
{
    private const string Cancelled = "SCÖ 2025-1.1"; // due first, but final
    private const string Executed = "SCÖ 2025-1.2";
    private const string Decided = "SCÖ 2025-1.3";
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PageAsync_OpenAndFinalDecisions_NotFinalFirstThenByDueDate_WithEveryStatusCounted()
    {
        await using var silo = await StartWithThreeAsync();

        var page = await Register(silo).PageAsync(null, 1, 50, _ct);

        Assert.Equal([Executed, Decided, Cancelled], page.Entries.Select(e => e.Summary.Reference));
        Assert.Equal((1, 50, 3, 1), (page.Page, page.PageSize, page.Total, page.PageCount));
        Assert.Equal(
            [(DecisionStatus.Decided, 1), (DecisionStatus.InProgress, 0), (DecisionStatus.Executed, 1), (DecisionStatus.ReportedBack, 0), (DecisionStatus.Cancelled, 1)],
            page.Totals.Select(t => (t.Status, t.Count)));
    }

    [Fact]
    public async Task PageAsync_PageSizeTwo_SplitsTheLines_AndAPagePastTheLastIsEmpty()
    {
        await using var silo = await StartWithThreeAsync();
        var register = Register(silo);

        var first = await register.PageAsync(null, 1, 2, _ct);
        var second = await register.PageAsync(null, 2, 2, _ct);
        var past = await register.PageAsync(null, 3, 2, _ct);

        Assert.Equal([Executed, Decided], first.Entries.Select(e => e.Summary.Reference));
        Assert.Equal([Cancelled], second.Entries.Select(e => e.Summary.Reference));
        Assert.Empty(past.Entries);
        Assert.All([first, second, past], p => Assert.Equal((3, 2), (p.Total, p.PageCount)));
    }

    [Fact]
    public async Task PageAsync_StatusFilter_ListsThatStatus_ButCountsEveryStatusOfTheOtherCriteria()
    {
        await using var silo = await StartWithThreeAsync();

        var decided = await Register(silo).PageAsync(new DecisionRegisterFilter(DecisionStatus.Decided), 1, 50, _ct);
        var in2026 = await Register(silo).PageAsync(new DecisionRegisterFilter(Year: 2026), 1, 50, _ct);

        Assert.Equal([Decided], decided.Entries.Select(e => e.Summary.Reference));
        Assert.Equal(1, decided.Total);
        Assert.Equal([1, 0, 1, 0, 1], decided.Totals.Select(t => t.Count));
        Assert.Equal([Decided], in2026.Entries.Select(e => e.Summary.Reference));
        Assert.Equal([1, 0, 0, 0, 0], in2026.Totals.Select(t => t.Count));
    }

    [Fact]
    public async Task PageAsync_AfterADecisionBecomesFinal_ItMovesBehindTheOpenOnes()
    {
        await using var silo = await StartWithThreeAsync();
        var register = Register(silo);
        Assert.Equal(Executed, (await register.PageAsync(null, 1, 50, _ct)).Entries[0].Summary.Reference);

        await Decision(silo, Executed).ChangeStatusAsync(DecisionStatus.ReportedBack, null, SampleRoster.Director, _ct);
        var page = await register.PageAsync(null, 1, 50, _ct);

        Assert.Equal([Decided, Cancelled, Executed], page.Entries.Select(e => e.Summary.Reference));
        Assert.Equal(1, page.Totals.Single(t => t.Status == DecisionStatus.ReportedBack).Count);
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 0)]
    [InlineData(1, DecisionRegisterPage.MaxPageSize + 1)]
    public async Task PageAsync_PageOrSizeOutOfRange_Throws(int page, int pageSize)
    {
        await using var silo = await StartWithThreeAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Register(silo).PageAsync(null, page, pageSize, _ct));
    }

    private static IDecisionRegisterGrain Register(TestSilo silo) => silo.GrainFactory.GetGrain<IDecisionRegisterGrain>("sco/decision-register");

    private static IDecisionGrain Decision(TestSilo silo, string reference) => silo.GrainFactory.GetGrain<IDecisionGrain>($"sco/decision/{reference}");

    /// <summary>Avbrutet due 31 March 2025, verkställt due 30 April 2025, beslutat due 31 March 2026.</summary>
    private async Task<TestSilo> StartWithThreeAsync()
    {
        var silo = await _host.StartWithRosterAsync();
        foreach (var (reference, due) in new[] { (Cancelled, new LocalDate(2025, 3, 31)), (Executed, new LocalDate(2025, 4, 30)), (Decided, new LocalDate(2026, 3, 31)) })
        {
            await Decision(silo, reference).RecordAsync(DecisionSamples.Budget(reference, due), SampleRoster.Director, _ct);
        }

        await Decision(silo, Cancelled).ChangeStatusAsync(DecisionStatus.Cancelled, null, SampleRoster.Director, _ct);
        await Decision(silo, Executed).ChangeStatusAsync(DecisionStatus.InProgress, null, SampleRoster.Director, _ct);
        await Decision(silo, Executed).ChangeStatusAsync(DecisionStatus.Executed, null, SampleRoster.Director, _ct);
        return silo;
    }
}
