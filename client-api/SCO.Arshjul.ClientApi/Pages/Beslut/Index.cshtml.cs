using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>The status board: every decision of the organisation, filtered by year, status and overdue.</summary>
[Authorize(Policy = ArshjulPolicies.ReadAll)]
public sealed class IndexModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    private Dictionary<string, string> _names = [];

    public int? Year { get; private set; }

    public string? Status { get; private set; }

    public bool Overdue { get; private set; }

    public IReadOnlyList<DecisionRegisterEntry> Entries { get; private set; } = [];

    public string NameOf(string personId) => _names.TryGetValue(personId, out var name) ? name : personId;

    public async Task OnGetAsync(int? year, string? status, bool? overdue, CancellationToken cancellationToken)
    {
        var org = User.OrganisationOf()!;
        (Year, Status, Overdue) = (year is >= 2000 and <= 2100 ? year : null, status, overdue == true);
        DecisionStatus? parsed = Enum.TryParse<DecisionStatus>(status, true, out var s) && Enum.IsDefined(s) ? s : null;
        var filter = new DecisionRegisterFilter(parsed, OverdueOnly: Overdue, At: Instant.FromDateTimeOffset(time.GetUtcNow()));
        var entries = await grains.GetGrain<IDecisionRegisterGrain>($"{org}/decision-register").ListAsync(filter, cancellationToken);
        Entries = Year is { } y ? [.. entries.Where(e => e.Summary.Due.Year == y)] : entries;
        var roster = (await grains.GetGrain<IOrganisationRosterGrain>($"{org}/roster").GetAsync(cancellationToken)).Definition;
        _names = roster?.People.ToDictionary(p => p.Id, p => p.Name) ?? [];
    }
}
