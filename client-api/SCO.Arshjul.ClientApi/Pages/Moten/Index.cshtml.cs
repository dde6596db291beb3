using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Api.Meetings;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Moten;

/// <summary>
/// The meetings from the meeting register: upcoming ones first (soonest first), the past ones (newest first) on
/// request, optionally of one body. Beredningsgrupp and medlemsråd see only their bodies' meetings.
/// </summary>
public sealed class IndexModel(IGrainFactory grains, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public string? Body { get; private set; }

    public bool ShowPast { get; private set; }

    /// <summary>Every body of the organisation (to name a meeting's bodies).</summary>
    public IReadOnlyList<BodyDefinition> AllBodies { get; private set; } = [];

    /// <summary>The bodies the person may filter by: all, or their own.</summary>
    public IReadOnlyList<BodyDefinition> Bodies { get; private set; } = [];

    public bool CanManage { get; private set; }

    public IReadOnlyList<MeetingSummary> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingSummary> Past { get; private set; } = [];

    public async Task OnGetAsync(string? body, bool? tidigare, CancellationToken cancellationToken)
    {
        var access = await MeetingAccess.OfAsync(User, authorization, grains, cancellationToken);
        (AllBodies, Bodies) = (access.Bodies, [.. access.Bodies.Where(b => access.Sees([b.Id]))]);
        CanManage = await RequirePolicyAttribute.AllowsAsync(this, ArshjulPolicies.Manage);
        Body = Bodies.Any(b => b.Id == body) ? body : null;
        ShowPast = tidigare == true;
        var now = StockholmTimes.Now(time);
        var meetings = (await grains.GetGrain<IMeetingRegisterGrain>($"{User.OrganisationOf()}/meeting-register")
                .ListAsync(new MeetingRegisterFilter(BodyId: Body), cancellationToken))
            .Where(m => access.Sees(m.BodyIds))
            .ToList();
        Upcoming = [.. meetings.Where(m => m.EndsAt > now)];
        Past = ShowPast ? [.. meetings.Where(m => m.EndsAt <= now).Reverse()] : [];
    }
}
