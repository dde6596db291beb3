using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.Notifications;

/// <summary><c>notifications</c>: the outbox (Utskick) — what was, is to be and failed to be sent, and retrying a failed one.</summary>
internal static partial class NotificationEndpoints
{
    private const int DefaultLimit = 100;

    public static void MapNotificationEndpoints(this RouteGroupBuilder organisation)
    {
        var notifications = organisation.MapGroup("/notifications").WithTags("Utskick");
        notifications.MapGet("/", ListAsync).RequireAuthorization(ArshjulPolicies.Manage);
        notifications.MapPost("/{id}/retry", RetryAsync).RequireAuthorization(ArshjulPolicies.Manage);
    }

    /// <summary>The notifications, newest first, of one status (<c>pending</c>, <c>delivered</c>, <c>failed</c>) or all with the failed first.</summary>
    private static async Task<Results<Ok<IReadOnlyList<NotificationListItem>>, ProblemHttpResult>> ListAsync(
        string org, string? status, int? limit, IOutboxStore store, CancellationToken cancellationToken)
    {
        if (status is not null && !OutboxStatus.IsKnown(status))
        {
            return RequestRules.Invalid("notification.status.unknown", $"Okänd status '{status}': ange pending, delivered eller failed.");
        }

        if (limit is < 1 or > OutboxNotifications.MaxLimit)
        {
            return RequestRules.Invalid("limit.out-of-range", $"Antalet (limit) måste vara mellan 1 och {OutboxNotifications.MaxLimit}.");
        }

        return TypedResults.Ok(await OutboxNotifications.ListAsync(store, org, status, limit ?? DefaultLimit, cancellationToken));
    }

    /// <summary>Sends a failed notification again: pending, due now, every attempt back. 409 unless it has failed.</summary>
    private static async Task<Results<Ok<NotificationListItem>, ProblemHttpResult>> RetryAsync(
        string org, string id, IOutboxStore store, IGrainFactory grains, TimeProvider time, ClaimsPrincipal user, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid)
            || await OutboxNotifications.RetryAsync(store, grains, org, guid, user.ActorOf(), time.GetUtcNow(), cancellationToken) is not { } retry)
        {
            return (ProblemHttpResult)GovernanceProblems.Result(
                StatusCodes.Status404NotFound, "Finns inte", "notification.not-found", $"Utskicket '{id}' finns inte.");
        }

        if (!retry.Requeued)
        {
            return (ProblemHttpResult)GovernanceProblems.Result(
                StatusCodes.Status409Conflict,
                "Kan inte skickas om",
                "notification.not-failed",
                $"Utskicket har status {OutboxNotifications.Label(retry.Notification.Status)}: bara ett misslyckat utskick kan skickas om.");
        }

        LogRequeued(loggers.CreateLogger(typeof(NotificationEndpoints)), guid, user.ActorOf());
        return TypedResults.Ok(retry.Notification);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Id} requeued by {Actor}")]
    private static partial void LogRequeued(ILogger logger, Guid id, string actor);
}
