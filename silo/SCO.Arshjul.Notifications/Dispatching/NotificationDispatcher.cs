using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Dispatching;

/// <summary>
/// Delivers the notification outbox through the registered <see cref="INotificationChannel"/>. Each pass claims the due
/// notifications for a lease (so two nodes never deliver the same one), combines a person's reminders of one day
/// (see <see cref="DispatcherOptions.CombineWindow"/>), delivers, and settles every part: delivered; failed and
/// retried with backoff; or failed for good after <see cref="DispatcherOptions.MaxAttempts"/> attempts or a
/// <see cref="PermanentDeliveryException"/>, the error kept. Nothing is dropped silently. A delivery whose settling fails
/// (the database went away) is recorded before the next claim (<see cref="UnrecordedDeliveries"/>), not sent again.
/// </summary>
public sealed partial class NotificationDispatcher : BackgroundService
{
    private readonly IOutboxStore _store;
    private readonly INotificationChannel _channel;
    private readonly DispatcherOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<NotificationDispatcher> _logger;
    private readonly UnrecordedDeliveries _unrecorded = new();

    /// <summary>Creates a dispatcher with its own <see cref="Owner"/> name.</summary>
    public NotificationDispatcher(
        IOutboxStore store,
        INotificationChannel channel,
        IOptions<DispatcherOptions> options,
        TimeProvider timeProvider,
        ILogger<NotificationDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_store, _channel, _options, _timeProvider, _logger) = (store, channel, options.Value, timeProvider, logger);
        Owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>The name this dispatcher claims notifications under: machine, process and a per-instance suffix.</summary>
    public string Owner { get; }

    /// <summary>
    /// One pass: records any delivery an earlier pass could not record (the store was away), then claims the due
    /// notifications, delivers them and settles each. For the background loop and tests.
    /// </summary>
    public async Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        await _unrecorded.RecordAsync(_store);
        var now = _timeProvider.GetUtcNow();
        var rows = await _store.ClaimAsync(NotificationOutbox.Kind, _options.BatchSize, Owner, now, now + _options.Lease, cancellationToken);
        if (rows.Count == 0)
        {
            return DispatchResult.Empty;
        }

        var claimed = new List<ClaimedNotification>(rows.Count);
        var unreadable = 0;
        foreach (var row in rows)
        {
            if (await ReadAsync(row) is { } notification)
            {
                claimed.Add(new ClaimedNotification(row, notification));
            }
            else
            {
                unreadable++;
            }
        }

        var plan = MessageCombiner.Plan(claimed, now, _options.CombineWindow);
        foreach (var (part, readyAt) in plan.Waiting)
        {
            await _store.ReleaseAsync(part.Row.Id, readyAt, cancellationToken);
        }

        var result = DispatchResult.Empty with { Claimed = rows.Count, Failed = unreadable, Waiting = plan.Waiting.Count };
        foreach (var delivery in plan.Deliveries)
        {
            result = Add(result, await DeliverAsync(delivery, cancellationToken));
        }

        return result;
    }

    /// <summary>Passes until stopped: straight on while a pass fills its batch, else after <see cref="DispatcherOptions.PollInterval"/>.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _logger.LogInformation("Notification dispatcher {Owner} started; channel {Channel}", Owner, _channel.Name);
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = (await DispatchDueAsync(stoppingToken)).Claimed >= _options.BatchSize;
                if (!more)
                {
                    await Task.Delay(_options.PollInterval, _timeProvider, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The store is unreachable or similar: claims already taken expire with their lease, so nothing is lost.
                _logger.LogError(e, "Notification dispatch pass failed; trying again in {PollInterval}", _options.PollInterval);
                await Task.Delay(_options.PollInterval, _timeProvider, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        _logger.LogInformation("Notification dispatcher {Owner} stopped", Owner);
    }

    private static DispatchResult Add(DispatchResult total, DispatchResult pass) => total with
    {
        Messages = total.Messages + pass.Messages,
        Delivered = total.Delivered + pass.Delivered,
        Retrying = total.Retrying + pass.Retrying,
        Failed = total.Failed + pass.Failed,
    };

    /// <summary>The row's notification; an unreadable row is marked failed (retrying cannot mend it) and null returned.</summary>
    private async Task<Notification?> ReadAsync(StoredOutboxMessage row)
    {
        try
        {
            return NotificationJson.Deserialize(row.Payload);
        }
        catch (JsonException e)
        {
            await _store.MarkFailedAsync(row.Id, $"Unreadable notification payload: {e.Message}", CancellationToken.None);
            _logger.LogError("Notification {IdempotencyKey} ({Id}) is unreadable and marked failed: {Error}", row.IdempotencyKey, row.Id, e.Message);
            return null;
        }
    }
}
