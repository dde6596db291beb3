using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Scheduling.Synchronization;

namespace SCO.Arshjul.Scheduling.Changes;

/// <summary>
/// Re-plans an item's reminders as soon as its grain changes: claims the pending <c>*.changed</c> outbox messages
/// (<see cref="ChangeKinds"/>), syncs each changed grain once and marks its messages processed. A moved meeting is
/// re-timed and a cancelled one loses its reminders (and gets its cancellation) at once. A changed roster brings the
/// attendees of the organisation's invited meetings up to date (<see cref="RosterChanges"/>), once per organisation
/// however many of its changes are claimed together. A message whose handling fails is retried after
/// <see cref="SchedulingOptions.ChangeRetryDelay"/> and given up (failed) after <see cref="SchedulingOptions.MaxChangeAttempts"/>.
/// Polls every <see cref="SchedulingOptions.ChangePollInterval"/> on the injected clock.
/// </summary>
public sealed partial class ChangeProcessor(
    IOutboxStore outbox,
    ReminderSynchronizer synchronizer,
    RosterChanges rosterChanges,
    SchedulingOptions options,
    TimeProvider timeProvider,
    ILogger<ChangeProcessor> logger) : BackgroundService
{
    private readonly string _owner = $"scheduling/{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>One pass over every pending change; returns how many messages were processed.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken = default)
    {
        var processed = 0;
        foreach (var kind in ChangeKinds.All)
        {
            IReadOnlyList<StoredOutboxMessage> batch;
            do
            {
                var now = timeProvider.GetUtcNow();
                batch = await outbox.ClaimAsync(kind, options.ChangeBatchSize, _owner, now, now + options.ChangeLease, cancellationToken);
                foreach (var grain in batch.GroupBy(m => m.Source.Key, StringComparer.Ordinal))
                {
                    processed += await ProcessGrainAsync(kind, grain.Key, [.. grain], cancellationToken);
                }
            }
            while (batch.Count == options.ChangeBatchSize);
        }

        return processed;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The outbox or Quartz's database is unreachable: the messages stay pending for the next pass.
                LogPassFailed(e);
            }

            await Task.Delay(options.ChangePollInterval, timeProvider, stoppingToken);
        }
    }

    private async Task<int> ProcessGrainAsync(string kind, string grainKey, IReadOnlyList<StoredOutboxMessage> messages, CancellationToken cancellationToken)
    {
        try
        {
            if (kind == ChangeKinds.Roster)
            {
                await rosterChanges.ApplyAsync(GrainKey.OrganisationOf(grainKey), cancellationToken);
            }
            else if (ReminderGrainKinds.TryOf(grainKey, out _))
            {
                await synchronizer.SyncGrainAsync(grainKey, afterChange: true, cancellationToken);
            }

            foreach (var message in messages)
            {
                await outbox.MarkProcessedAsync(message.Id, timeProvider.GetUtcNow(), cancellationToken);
            }

            return messages.Count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var message in messages)
            {
                await SettleFailureAsync(message, e, cancellationToken);
            }

            return 0;
        }
    }

    private async Task SettleFailureAsync(StoredOutboxMessage message, Exception error, CancellationToken cancellationToken)
    {
        var reason = $"{error.GetType().Name}: {error.Message}";
        if (message.Attempts + 1 >= options.MaxChangeAttempts)
        {
            LogGivenUp(error, message.Kind, message.Source.Key, message.Attempts + 1);
            await outbox.MarkFailedAsync(message.Id, reason, cancellationToken);
        }
        else
        {
            LogRetry(error, message.Kind, message.Source.Key);
            await outbox.RecordFailureAsync(message.Id, reason, timeProvider.GetUtcNow() + options.ChangeRetryDelay, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass over the changes failed; pending changes stay for the next pass")]
    private partial void LogPassFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling {Kind} of {Grain} failed; will retry")]
    private partial void LogRetry(Exception error, string kind, string grain);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up handling {Kind} of {Grain} ({Attempts} attempts); startup reconciliation catches up reminders, the next roster change attendees")]
    private partial void LogGivenUp(Exception error, string kind, string grain, int attempts);
}
