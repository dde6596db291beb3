using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SCO.Arshjul.ClientApi.Api.Notifications;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Utskick;

/// <summary>
/// The organisation's notifications in the outbox (<see cref="OutboxNotifications"/>, as the API lists them), for
/// förbundschef and kansli: the failed ones first, each with "Försök igen" (pending again, every attempt back), then
/// those waiting, then the latest delivered.
/// </summary>
[RequirePolicy(ArshjulPolicies.Manage)]
public sealed class IndexModel(IOutboxStore outbox, IGrainFactory grains, TimeProvider time) : PageModel
{
    /// <summary>How many failed or waiting notifications the page shows, newest first.</summary>
    public const int MaxPerStatus = 200;

    /// <summary>How many delivered notifications the page shows, newest first.</summary>
    public const int MaxDelivered = 50;

    internal IReadOnlyList<NotificationListItem> Failed { get; private set; } = [];

    internal IReadOnlyList<NotificationListItem> Pending { get; private set; } = [];

    internal IReadOnlyList<NotificationListItem> Delivered { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var organisation = User.OrganisationOf()!;
        Failed = await OutboxNotifications.ListAsync(outbox, organisation, OutboxStatus.Failed, MaxPerStatus, cancellationToken);
        Pending = await OutboxNotifications.ListAsync(outbox, organisation, OutboxStatus.Pending, MaxPerStatus, cancellationToken);
        Delivered = await OutboxNotifications.ListAsync(outbox, organisation, OutboxStatus.Delivered, MaxDelivered, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OutboxNotifications.RetryAsync(outbox, grains, User.OrganisationOf()!, id, User.ActorOf(), time.GetUtcNow(), cancellationToken) is not { } retried)
        {
            return NotFound();
        }

        if (retried.Requeued)
        {
            Message = $"Utskicket \"{retried.Notification.Subject}\" skickas på nytt.";
        }
        else
        {
            Error = $"Utskicket kan inte försökas igen: det har inte misslyckats ({OutboxNotifications.Label(retried.Notification.Status)}).";
        }

        return RedirectToPage();
    }
}
