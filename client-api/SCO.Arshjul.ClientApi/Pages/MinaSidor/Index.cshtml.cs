using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.ClientApi.Api.WorkEnvironment;
using SCO.Arshjul.ClientApi.Feeds;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Pages.Arshjul;
using SCO.Arshjul.ClientApi.Pages.Internkontroll;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.MinaSidor;

/// <summary>
/// The signed-in person's own page: their roles, the next meetings of the bodies they belong to, and what is theirs to
/// do (the decisions, this year's internal controls and SAM tasks they are responsible for that are not done), and the
/// secret address of their calendar feed.
/// </summary>
public sealed class IndexModel(IGrainFactory grains, CalendarFeedLinks feeds, PublicBaseUrl publicBase, TimeProvider time) : PageModel
{
    /// <summary>How far ahead "my next meetings" reaches.</summary>
    public const int MeetingDays = 90;

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<DecisionRegisterEntry> Decisions { get; private set; } = [];

    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    /// <summary>Every body of the organisation, to name a meeting's bodies.</summary>
    public IReadOnlyList<BodyDefinition> Bodies { get; private set; } = [];

    /// <summary>The secret address of the person's calendar feed, or null for someone not in the roster.</summary>
    public Uri? CalendarFeed { get; private set; }

    /// <summary>This year's internkontrollplan, for the controls' state and the names.</summary>
    public ControlPlanYear ControlPlan { get; private set; } = null!;

    public IReadOnlyList<ControlSnapshot> Controls { get; private set; } = [];

    public IReadOnlyList<WorkEnvironmentTaskItem> Tasks { get; private set; } = [];

    public LocalDate Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var organisation = User.OrganisationOf()!;
        var person = User.PersonOf();
        var now = StockholmTimes.Now(time);
        Today = PageDates.Today(time);
        Roles = [.. User.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)];
        var filter = new DecisionRegisterFilter(ResponsiblePersonId: person, At: now);
        var entries = await grains.GetGrain<IDecisionRegisterGrain>($"{organisation}/decision-register").ListAsync(filter, cancellationToken);
        Decisions = [.. entries.Where(e => e.Summary.Status is not (DecisionStatus.ReportedBack or DecisionStatus.Cancelled))];

        var roster = (await grains.GetGrain<IOrganisationRosterGrain>($"{organisation}/roster").GetAsync(cancellationToken)).Definition;
        Bodies = roster?.Bodies ?? [];
        var member = roster?.People.FirstOrDefault(p => p.Id == person);
        var bodies = member?.Memberships.Select(m => m.BodyId).ToHashSet(StringComparer.Ordinal) ?? [];
        CalendarFeed = member is null ? null : feeds.PersonFeed(organisation, member.Id, publicBase.Of(Request));
        var meetings = await grains.GetGrain<IMeetingRegisterGrain>($"{organisation}/meeting-register")
            .ListAsync(new MeetingRegisterFilter(now, now + Duration.FromDays(MeetingDays)), cancellationToken);
        Meetings = [.. meetings.Where(m => m.BodyIds.Any(bodies.Contains))];

        ControlPlan = await ControlPlanYear.LoadAsync(grains, organisation, Today.Year, time, cancellationToken);
        Controls = [.. ControlPlan.Plan.Controls.Where(c => c.ResponsiblePersonId == person && c.Check is null).OrderBy(c => c.Due)];
        var wheel = await WheelYears.FindAsync(grains, organisation, Today.Year, cancellationToken);
        var tasks = wheel is null ? [] : await WorkEnvironmentTasks.ReadAsync(grains, wheel.Activities, cancellationToken);
        Tasks = [.. tasks.Where(t => t.Responsible == person && t.Status == ChecklistStatus.Open)];
    }
}
