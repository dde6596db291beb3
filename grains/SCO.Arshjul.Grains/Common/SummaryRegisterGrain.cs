using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains;

/// <summary>
/// Base of the registers that item grains keep up to date (decisions, meetings): one line per item, by the item
/// grain's key. A register calls no other grain.
/// </summary>
/// <typeparam name="TState">The register's persisted state, holding <see cref="Lines"/>.</typeparam>
/// <typeparam name="TSummary">One line: a summary of the item at one version.</typeparam>
internal abstract class SummaryRegisterGrain<TState, TSummary>(TimeProvider timeProvider)
    : GovernanceGrain<TState>(timeProvider)
    where TState : GovernanceState, new()
    where TSummary : class
{
    /// <summary>The kind in the items' keys, e.g. <c>meeting</c>; upserts are recorded as <c>{kind}-register.upserted</c>.</summary>
    protected abstract string ItemKind { get; }

    /// <summary>The lines in the state, by item grain key.</summary>
    protected abstract Dictionary<string, TSummary> Lines { get; }

    /// <summary>
    /// Adds or replaces the line of the summary's key. A summary with a version no higher than the one held is
    /// ignored, so late or repeated upserts do no harm. A key of another organisation or kind is rejected.
    /// </summary>
    public async Task UpsertAsync(TSummary summary, CancellationToken cancellationToken = default)
    {
        Require.Present(summary, "Registerraden");
        var (key, version, changedBy) = Identify(summary);
        OrganisationScope.RequireKey(OrganisationId, key, ItemKind);
        var by = RequireActor(changedBy);
        if (Lines.TryGetValue(key, out var held) && Identify(held).Version >= version)
        {
            return;
        }

        Lines[key] = summary;
        OnLinesChanged();
        await CommitAsync(new AuditEntry(Now(), by, $"{ItemKind}-register.upserted", Describe(summary)));
    }

    /// <summary>Called when a line was added or replaced, before the state is written (e.g. to drop a cached order).</summary>
    protected virtual void OnLinesChanged()
    {
    }

    /// <summary>The line's item grain key, the item's version and who changed the item last.</summary>
    protected abstract (string Key, int Version, string ChangedBy) Identify(TSummary summary);

    /// <summary>The history details of an upsert, e.g. <c>SCÖ 2024-2.13 version 2: pågår.</c></summary>
    protected abstract string Describe(TSummary summary);
}
