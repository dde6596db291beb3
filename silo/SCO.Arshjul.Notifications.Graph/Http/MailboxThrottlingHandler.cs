using System.Collections.Concurrent;
using SCO.Arshjul.Notifications.Graph.Configuration;

namespace SCO.Arshjul.Notifications.Graph.Http;

/// <summary>
/// Sits inside the SDK's retry handler (only the per-attempt timeout is further in), so that every request on the
/// wire, retries included, counts: each waits for its mailbox's <see cref="MailboxBudget"/>. The mailbox is the path
/// segment after <c>/users/</c>; other requests share one budget. The window is a second longer than Exchange's
/// minute, so a request that is slow to arrive cannot make Exchange count one too many.
/// </summary>
internal sealed class MailboxThrottlingHandler(GraphOptions options, TimeProvider timeProvider) : DelegatingHandler
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(61);
    private readonly ConcurrentDictionary<string, MailboxBudget> _budgets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The mailbox a request is made for, lower-cased, or an empty string.</summary>
    public static string MailboxOf(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var users = Array.FindIndex(segments, s => s.Equals("users", StringComparison.OrdinalIgnoreCase));
        return users >= 0 && users + 1 < segments.Length ? Uri.UnescapeDataString(segments[users + 1]).ToLowerInvariant() : string.Empty;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var budget = _budgets.GetOrAdd(
            MailboxOf(request.RequestUri),
            _ => new MailboxBudget(options.MaxConcurrentRequests, options.MaxRequestsPerMinute, Window, timeProvider));
        using var lease = await budget.AcquireAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var budget in _budgets.Values)
            {
                budget.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
