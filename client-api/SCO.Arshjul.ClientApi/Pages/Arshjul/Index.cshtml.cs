using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>
/// The year drawn as a wheel (SVG: month sectors, a ring per body or kind, a mark per activity linking to its item,
/// today's line) with the same activities listed by month under it. For everyone of the organisation, as the API's
/// <c>wheel/{year}</c>; the current year (Stockholm) by default.
/// </summary>
public sealed class IndexModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    /// <summary>The activities with their items' state, or null when the year has no wheel.</summary>
    public WheelYear? Wheel { get; private set; }

    public WheelDrawing? Drawing { get; private set; }

    /// <summary>The activities by month (1–12), months without any left out.</summary>
    public IReadOnlyList<IGrouping<int, WheelItem>> Months { get; private set; } = [];

    private HashSet<(WheelItemKind, string)> Overdue { get; set; } = [];

    public bool IsOverdue(WheelItem item) => !item.IsDone && Overdue.Contains((item.Kind, item.Id));

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = PageDates.YearOr(year, time);
        var organisation = User.OrganisationOf()!;
        Wheel = await WheelReader.ReadAsync(grains, organisation, Year, cancellationToken);
        if (Wheel is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var overdue = await grains.GetGrain<IAnnualWheelGrain>($"{organisation}/wheel/{Year}").GetOverdueAsync(StockholmTimes.Now(time), cancellationToken);
        Overdue = [.. overdue.Select(o => (o.Kind, o.Id))];
        var roster = (await grains.GetGrain<IOrganisationRosterGrain>($"{organisation}/roster").GetAsync(cancellationToken)).Definition;
        var bodyKinds = roster?.Bodies.ToDictionary(b => b.Id, b => b.Kind, StringComparer.Ordinal) ?? [];
        Drawing = WheelDrawing.Create(Year, Wheel.Activities, bodyKinds, IsOverdue, PageDates.Now(time));
        Months = [.. Wheel.Activities.GroupBy(a => (a.Start?.Date ?? a.Due ?? new LocalDate(Year, 1, 1)).Month).OrderBy(g => g.Key)];
    }
}
