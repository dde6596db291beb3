using NodaTime;
using SCO.Arshjul.ClientApi.Pages.Arshjul;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Internkontroll;

/// <summary>
/// A year's internkontrollplan as the internal-control pages show it: the plan, its follow-up as of now (the grain's
/// judgement of what is overdue, and the risk matrix), the people's names, today in Stockholm, and the board meeting on
/// the follow-up's date, if the meeting register has one.
/// </summary>
public sealed record ControlPlanYear(
    IInternalControlPlanGrain Grain,
    InternalControlPlanSnapshot Plan,
    InternalControlFollowUpReport Report,
    PeopleNames Names,
    LocalDate Today,
    MeetingSummary? FollowUpMeeting)
{
    /// <summary>An unchecked control due within this many days is marked as due soon.</summary>
    public const int DueSoonDays = 30;

    /// <summary>The grain of <paramref name="organisation"/>'s plan for <paramref name="year"/>.</summary>
    public static IInternalControlPlanGrain GrainOf(IGrainFactory grains, string organisation, int year) =>
        (grains ?? throw new ArgumentNullException(nameof(grains))).GetGrain<IInternalControlPlanGrain>($"{organisation}/internal-control/{year}");

    /// <summary>The plan of <paramref name="year"/> (status <see cref="InternalControlPlanStatus.NotPlanned"/> when there is none).</summary>
    public static async Task<ControlPlanYear> LoadAsync(IGrainFactory grains, string organisation, int year, TimeProvider time, CancellationToken cancellationToken)
    {
        var grain = GrainOf(grains, organisation, year);
        var plan = await grain.GetAsync(cancellationToken);
        var report = await grain.GetFollowUpReportAsync(StockholmTimes.Now(time), cancellationToken);
        var names = await PeopleNames.LoadAsync(grains, organisation, cancellationToken);
        return new ControlPlanYear(grain, plan, report, names, PageDates.Today(time), await BoardMeetingOnAsync(grains, organisation, plan.FollowUpDue, cancellationToken));
    }

    private static async Task<MeetingSummary?> BoardMeetingOnAsync(IGrainFactory grains, string organisation, LocalDate? date, CancellationToken cancellationToken)
    {
        if (date is not { } day)
        {
            return null;
        }

        var filter = new MeetingRegisterFilter(StockholmTimes.Zone.AtStartOfDay(day).ToInstant(), StockholmTimes.Zone.AtStartOfDay(day.PlusDays(1)).ToInstant());
        var meetings = await grains.GetGrain<IMeetingRegisterGrain>($"{organisation}/meeting-register").ListAsync(filter, cancellationToken);
        return meetings.FirstOrDefault(m => m.Kind == MeetingKind.BoardMeeting && m.Status != MeetingStatus.Cancelled);
    }

    /// <summary>Where <paramref name="control"/> stands today: checked, overdue (as the grain judges it), due soon, or later.</summary>
    public ControlState StateOf(ControlSnapshot control)
    {
        ArgumentNullException.ThrowIfNull(control);
        return control.Check is not null ? ControlState.Checked
            : Report.Overdue.Any(o => o.Id == control.Id) ? ControlState.Overdue
            : control.Due <= Today.PlusDays(DueSoonDays) ? ControlState.DueSoon
            : ControlState.Later;
    }
}
