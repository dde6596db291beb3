using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>
/// Base of the governance grains. Commands follow one pattern: validate everything (throwing
/// <see cref="GovernanceRuleException"/>, which leaves state untouched), then change <see cref="Grain{TState}.State"/>,
/// then <see cref="CommitAsync"/>, which raises the version, appends the history entry, enqueues the outbox message
/// and writes, all in one storage transaction.
/// </summary>
internal abstract class GovernanceGrain<TState>(TimeProvider timeProvider) : Grain<TState>
    where TState : GovernanceState, new()
{
    /// <summary>The grain's full key, e.g. <c>sco/meeting/2025-03-14-styrelse</c>.</summary>
    protected string Key => GetPrimaryKeyString();

    /// <summary>The organisation the key belongs to.</summary>
    protected string OrganisationId => GrainId.OrganisationId;

    /// <summary>The roster of the grain's organisation.</summary>
    protected IOrganisationRosterGrain Roster =>
        GrainFactory.GetGrain<IOrganisationRosterGrain>(OrganisationScope.RosterKey(OrganisationId));

    /// <summary>The outbox kind of this grain's change messages (e.g. <c>meeting.changed</c>), or null for none.</summary>
    protected virtual string? OutboxKind => null;

    /// <summary>The clock's now as an instant.</summary>
    protected Instant Now() => Instant.FromDateTimeOffset(timeProvider.GetUtcNow());

    /// <summary>The payload of the outbox message for the change just made (called after the version was raised).</summary>
    protected virtual object DescribeChange(AuditEntry entry) => entry;

    /// <summary>Records <paramref name="entry"/> and writes the state with its outbox message.</summary>
    protected async Task CommitAsync(AuditEntry entry)
    {
        State.Version++;
        State.History.Add(entry);
        if (OutboxKind is { } kind)
        {
            EnqueueOutgoing(new OutboxMessage(kind, $"{Key}/v{State.Version}", GovernanceJson.Serialize(DescribeChange(entry))));
        }

        await WriteStateAsync();
    }

    /// <summary>Rejects an empty actor and returns it trimmed.</summary>
    protected static string RequireActor(string actor) => Require.Text(actor, "Aktör");
}
