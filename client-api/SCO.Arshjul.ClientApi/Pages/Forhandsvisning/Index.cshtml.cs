using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime.Text;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Pages.Arshjul;
using SCO.Arshjul.Silo.Preview;

namespace SCO.Arshjul.ClientApi.Pages.Forhandsvisning;

/// <summary>
/// Förhandsvisning: what the wheel would send in a period, to whom and when, before anything is sent — for förbundschef
/// and kansli, as the API's <c>preview</c> (<see cref="WheelPreview"/>). The form asks for the period (today to the
/// end of the year by default); the preview runs when it is sent and lists the notifications week by week, with the
/// counts per kind and per person, and flags what falls on a weekend or holiday and anyone receiving more than
/// <see cref="PreviewOptions.MaxPerPersonPerDay"/> in one day. Bad dates: 400 with the reason.
/// </summary>
[RequirePolicy(ArshjulPolicies.Manage)]
public sealed class IndexModel(WheelPreview preview, TimeProvider time) : PageModel
{
    /// <summary>The first day in the form, <c>yyyy-MM-dd</c>.</summary>
    public string From { get; private set; } = string.Empty;

    /// <summary>The last day in the form.</summary>
    public string To { get; private set; } = string.Empty;

    /// <summary>The preview, once asked for.</summary>
    public PreviewResult? Result { get; private set; }

    /// <summary>Why the period cannot be previewed, in Swedish.</summary>
    public string? Error { get; private set; }

    /// <summary>The notifications by ISO week.</summary>
    public IReadOnlyList<IGrouping<PreviewWeek, PreviewNotification>> Weeks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? from, string? to, CancellationToken cancellationToken)
    {
        var today = PageDates.Today(time);
        From = from ?? LocalDatePattern.Iso.Format(today);
        To = to ?? LocalDatePattern.Iso.Format(new NodaTime.LocalDate(today.Year, 12, 31));
        if (from is null && to is null)
        {
            return Page(); // the form alone: a preview runs a silo for seconds, so only when asked
        }

        try
        {
            Result = await preview.RunAsync(new PreviewRequest(User.OrganisationOf(), from, to), cancellationToken);
            Weeks = [.. Result.Notifications.GroupBy(n => PreviewWeek.Of(n.At.Date))];
        }
        catch (PreviewRequestException refused)
        {
            Error = refused.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
