using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.MinaSidor;

/// <summary>The signed-in person's own page: their roles and the decisions they are responsible for.</summary>
public sealed class IndexModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<DecisionRegisterEntry> Decisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Roles = [.. User.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)];
        var filter = new DecisionRegisterFilter(ResponsiblePersonId: User.PersonOf(), At: Instant.FromDateTimeOffset(time.GetUtcNow()));
        var entries = await grains.GetGrain<IDecisionRegisterGrain>($"{User.OrganisationOf()}/decision-register").ListAsync(filter, cancellationToken);
        Decisions = [.. entries.Where(e => e.Summary.Status is not (DecisionStatus.ReportedBack or DecisionStatus.Cancelled))];
    }
}
