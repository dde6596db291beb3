using SCO.Arshjul.ClientApi.Api.Notifications;
using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.History;

/// <summary>
/// The audit trail of any of an organisation's items, by its id without the organisation: <c>meeting/{id}</c>,
/// <c>decision/{reference}</c>, <c>internal-control/{year}</c>, <c>sam-task/{id}</c>, <c>deadline/{id}</c>,
/// <c>wheel/{year}</c>, <c>notification/{id}</c> (an outbox notification: who retried it) or <c>roster</c>. Accounts
/// are not among them: their history is the person's own.
/// </summary>
public static class ItemHistories
{
    /// <summary>The kinds of item whose history can be read.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["meeting", "decision", "internal-control", "sam-task", "deadline", "wheel", "notification", "roster"];

    private const int MaxItemLength = 200;

    /// <summary>The history of <paramref name="item"/> of kind <paramref name="kind"/> (null for the roster) in <paramref name="organisation"/>.</summary>
    public static async Task<ItemHistoryLookup> ReadAsync(
        IGrainFactory grains, IOutboxStore outbox, string organisation, string kind, string? item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(outbox);
        if (!Kinds.Contains(kind, StringComparer.Ordinal))
        {
            return Invalid("history.kind-unknown", $"Okänd typ '{kind}'. Historik finns för {string.Join(", ", Kinds)}.");
        }

        if ((kind == "roster") != string.IsNullOrEmpty(item) || item is { Length: > MaxItemLength })
        {
            return Invalid("history.item-invalid", kind == "roster"
                ? "Medlemsförteckningen anges som 'roster', utan id."
                : $"Ange typ och id, t.ex. '{kind}/…' (id högst {MaxItemLength} tecken).");
        }

        var key = item is null ? $"{organisation}/{kind}" : $"{organisation}/{kind}/{item}";
        if (kind is "wheel" or "internal-control" && WheelYears.Parse(item) is null)
        {
            return Invalid("year.out-of-range", "Året måste vara ett årtal mellan 2000 och 2100.");
        }

        if (kind == "notification" && !Guid.TryParse(item, out _))
        {
            return Invalid("history.item-invalid", "Ett utskick anges med sitt id, t.ex. 'notification/3f2a…'.");
        }

        var history = kind switch
        {
            "notification" => await NotificationAsync(grains, outbox, organisation, Guid.Parse(item!), cancellationToken),
            "meeting" => Of(await grains.GetGrain<IMeetingGrain>(key).GetAsync(cancellationToken), m => m.Status != MeetingStatus.NotPlanned, m => m.History),
            "decision" => Of(await grains.GetGrain<IDecisionGrain>(key).GetAsync(cancellationToken), d => d.Status != DecisionStatus.NotRecorded, d => d.History),
            "internal-control" => Of(
                await grains.GetGrain<IInternalControlPlanGrain>(key).GetAsync(cancellationToken), p => p.Status != InternalControlPlanStatus.NotPlanned, p => p.History),
            "sam-task" => Of(await grains.GetGrain<IWorkEnvironmentTaskGrain>(key).GetAsync(cancellationToken), t => t.Status != ChecklistStatus.NotPlanned, t => t.History),
            "deadline" => Of(await grains.GetGrain<IDeadlineGrain>(key).GetAsync(cancellationToken), d => d.Status != ChecklistStatus.NotPlanned, d => d.History),
            "wheel" => Of(await grains.GetGrain<IAnnualWheelGrain>(key).GetAsync(cancellationToken), w => w.Version > 0, w => w.History),
            _ => Of(await grains.GetGrain<IOrganisationRosterGrain>(key).GetAsync(cancellationToken), r => r.Version > 0, r => r.History),
        };
        var id = item is null ? kind : $"{kind}/{item}";
        return history is null
            ? new ItemHistoryLookup(null, ItemHistoryLookup.NotFoundCode, $"'{id}' finns inte.")
            : new ItemHistoryLookup(new ItemHistory(id, [.. history.Select(e => new HistoryEntry(e.At, e.Actor, e.Action, e.Details))]), null, null);
    }

    /// <summary>A notification's history, or null when the organisation has no such notification in the outbox.</summary>
    private static async Task<IReadOnlyList<AuditEntry>?> NotificationAsync(
        IGrainFactory grains, IOutboxStore outbox, string organisation, Guid id, CancellationToken cancellationToken) =>
        await OutboxNotifications.GetAsync(outbox, organisation, id, cancellationToken) is null
            ? null
            : (await OutboxNotifications.HistoryOf(grains, organisation, id).GetAsync(cancellationToken)).History;

    private static IReadOnlyList<AuditEntry>? Of<TSnapshot>(TSnapshot snapshot, Func<TSnapshot, bool> exists, Func<TSnapshot, IReadOnlyList<AuditEntry>> history) =>
        exists(snapshot) ? history(snapshot) : null;

    private static ItemHistoryLookup Invalid(string code, string detail) => new(null, code, detail);
}
