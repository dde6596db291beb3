using SCO.Arshjul.Notifications.Dispatching;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Notifications.Tests.Dispatching.Support;

/// <summary>A dispatcher on an outbox store (in memory unless given), a recording channel and a manual clock.</summary>
internal sealed class DispatcherHarness
{
    public DispatcherHarness(DispatcherOptions? options = null, IOutboxStore? store = null, ManualTimeProvider? clock = null, RecordingChannel? channel = null)
    {
        Clock = clock ?? new ManualTimeProvider(new DateTimeOffset(2025, 3, 12, 7, 0, 0, TimeSpan.Zero));
        Store = store ?? new MemoryGrainStorage(Clock);
        Channel = channel ?? new RecordingChannel();
        Options = options ?? new DispatcherOptions();
        Outbox = new NotificationOutbox(Store);
        Dispatcher = new NotificationDispatcher(Store, Channel, Microsoft.Extensions.Options.Options.Create(Options), Clock, Logger);
    }

    public ManualTimeProvider Clock { get; }

    public IOutboxStore Store { get; }

    public RecordingChannel Channel { get; }

    public DispatcherOptions Options { get; }

    public NotificationOutbox Outbox { get; }

    public ListLogger<NotificationDispatcher> Logger { get; } = new();

    public NotificationDispatcher Dispatcher { get; }

    public Task<DispatchResult> PassAsync() => Dispatcher.DispatchDueAsync(TestContext.Current.CancellationToken);

    /// <summary>Every notification row in the outbox, newest first.</summary>
    public Task<IReadOnlyList<StoredOutboxMessage>> RowsAsync(string? status = null) =>
        Store.ListAsync(NotificationOutbox.Kind, status, 1000, TestContext.Current.CancellationToken);
}
