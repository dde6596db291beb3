using Microsoft.Extensions.Logging;
using SCO.Arshjul.Notifications.Channels;

namespace SCO.Arshjul.Notifications.Dispatching;

/// <content>Delivering one message and settling its parts.</content>
public sealed partial class NotificationDispatcher
{
    // Settling after the channel has answered uses no cancellation: what happened must be recorded, or a delivered
    // message would be delivered again once its lease ran out.
    private async Task<DispatchResult> DeliverAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var message = delivery.Message;
        var keys = string.Join(", ", delivery.Parts.Select(p => p.Row.IdempotencyKey));
        try
        {
            await _channel.DeliverAsync(message, cancellationToken);
        }
        catch (PermanentDeliveryException e)
        {
            foreach (var part in delivery.Parts)
            {
                await _store.MarkFailedAsync(part.Row.Id, $"{e.Code}: {e.Message}", CancellationToken.None);
            }

            _logger.LogError("Message {MessageId} ({Keys}) failed for good on channel {Channel}: {Code}: {Error}", message.MessageId, keys, _channel.Name, e.Code, e.Message);
            return DispatchResult.Empty with { Failed = delivery.Parts.Count };
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await RecordFailureAsync(delivery, keys, $"{e.GetType().Name}: {e.Message}");
        }

        var delivered = _timeProvider.GetUtcNow();
        var recorded = 0;
        try
        {
            foreach (var part in delivery.Parts)
            {
                await _store.MarkProcessedAsync(part.Row.Id, delivered, CancellationToken.None);
                recorded++;
            }
        }
        catch (Exception e)
        {
            // Delivered but not recorded: kept here and recorded before the next claim, so it is not sent again.
            _unrecorded.Add(delivery.Parts.Skip(recorded).Select(p => p.Row.Id), delivered);
            _logger.LogWarning(e, "Message {MessageId} ({Keys}) was delivered but its delivery could not be recorded; recording it before anything else is claimed", message.MessageId, keys);
            throw;
        }

        _logger.LogInformation("Delivered message {MessageId} ({Count} notification(s): {Keys}) through {Channel}", message.MessageId, delivery.Parts.Count, keys, _channel.Name);
        return DispatchResult.Empty with { Messages = 1, Delivered = delivery.Parts.Count };
    }

    /// <summary>Each part is retried after its backoff, or marked failed once it has had <see cref="DispatcherOptions.MaxAttempts"/>.</summary>
    private async Task<DispatchResult> RecordFailureAsync(Delivery delivery, string keys, string error)
    {
        var (retrying, failed) = (0, 0);
        foreach (var part in delivery.Parts)
        {
            var attempts = part.Row.Attempts + 1;
            if (attempts >= _options.MaxAttempts)
            {
                await _store.MarkFailedAsync(part.Row.Id, error, CancellationToken.None);
                _logger.LogError("Notification {Key} failed for good after {Attempts} attempts on channel {Channel}: {Error}", part.Row.IdempotencyKey, attempts, _channel.Name, error);
                failed++;
            }
            else
            {
                var next = _timeProvider.GetUtcNow() + _options.BackoffAfter(attempts);
                await _store.RecordFailureAsync(part.Row.Id, error, next, CancellationToken.None);
                retrying++;
            }
        }

        if (retrying > 0)
        {
            _logger.LogWarning("Delivery of message {MessageId} ({Keys}) through {Channel} failed; retrying later: {Error}", delivery.Message.MessageId, keys, _channel.Name, error);
        }

        return DispatchResult.Empty with { Retrying = retrying, Failed = failed };
    }
}
