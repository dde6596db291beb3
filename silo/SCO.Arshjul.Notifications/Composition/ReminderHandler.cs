using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// Turns a fired reminder into Swedish notifications for the right people: reads the item's current state (a reminder
/// that no longer applies writes nothing and says why), resolves recipients by role from the roster, writes the
/// notifications to the <see cref="INotificationOutbox"/>, and only then records a kallelse or handlingar as sent.
/// Handling the same occurrence twice writes nothing the second time: every notification has an idempotency key.
/// </summary>
public sealed class ReminderHandler : IReminderHandler
{
    private readonly IGrainFactory _grains;
    private readonly INotificationOutbox _outbox;
    private readonly CompositionOptions _options;
    private readonly ILogger<ReminderHandler> _logger;
    private readonly IReadOnlyList<IReminderComposer> _composers;

    /// <summary>Creates the handler over the grains of <paramref name="grains"/>, writing to <paramref name="outbox"/>.</summary>
    public ReminderHandler(IGrainFactory grains, INotificationOutbox outbox, IOptions<CompositionOptions> options, ILogger<ReminderHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _grains = grains;
        _outbox = outbox;
        _options = options.Value;
        _logger = logger;
        var recipients = new RecipientResolver(grains);
        _composers =
        [
            new MeetingComposer(grains, new MeetingNotices(recipients, new OpenDecisions(grains), _options), new MeetingReminders(recipients), _options, logger),
            new DecisionComposer(grains),
            new InternalControlComposer(grains),
            new ChecklistComposer(grains),
        ];
    }

    /// <inheritdoc />
    public async Task<ReminderOutcome> HandleAsync(ReminderOccurrence occurrence, Instant firedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var composed = await ComposeAsync(occurrence, firedAt, cancellationToken);
        if (composed.SkippedBecause is { } reason)
        {
            _logger.LogInformation("Reminder {Key} ({Kind}) writes nothing: {Reason}", occurrence.Key, occurrence.Kind, reason);
            return new ReminderOutcome(0, reason);
        }

        var written = await _outbox.EnqueueAsync(composed.Notifications, cancellationToken);
        if (composed.AfterEnqueue is { } after)
        {
            await after(cancellationToken);
        }

        _logger.LogInformation(
            "Reminder {Key} ({Kind}): {Written} of {Count} notifications newly written",
            occurrence.Key,
            occurrence.Kind,
            written,
            composed.Notifications.Count);
        return written == 0 ? new ReminderOutcome(0, "already in the outbox (same idempotency keys)") : new ReminderOutcome(written);
    }

    private async Task<ComposedReminder> ComposeAsync(ReminderOccurrence occurrence, Instant firedAt, CancellationToken cancellationToken)
    {
        var composer = _composers.FirstOrDefault(c => c.Handles(occurrence.ItemKind));
        if (composer is null)
        {
            return ComposedReminder.Skip($"no composer for {occurrence.ItemKind} items");
        }

        var roster = await _grains.GetGrain<IOrganisationRosterGrain>($"{occurrence.OrganisationId}/roster").GetAsync(cancellationToken);
        if (roster.Definition is not { } organisation)
        {
            return ComposedReminder.Skip($"organisation '{occurrence.OrganisationId}' has no roster");
        }

        var late = firedAt - occurrence.FireAt > Duration.FromTimeSpan(_options.LateThreshold);
        return await composer.ComposeAsync(new ReminderContext(occurrence, firedAt, late, organisation, ItemLinks.For(_options.WebBaseUrl, occurrence.ItemKey)), cancellationToken);
    }
}
