using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Tests.Support;

/// <summary>
/// A grain factory over the app's own whose roster imports wait until <see cref="Open"/>: it holds the app's start-up
/// work (each organisation's first step) while the app runs, so that a test can see what the app does meanwhile.
/// </summary>
public sealed class GatedRosterImports(IGrainFactory inner) : IGrainFactory
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets every waiting and later import through.</summary>
    public void Open() => _gate.TrySetResult();

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        var grain = inner.GetGrain<TGrainInterface>(key);
        return grain is IOrganisationRosterGrain roster ? (TGrainInterface)(object)new GatedRoster(roster, _gate.Task) : grain;
    }

    private sealed class GatedRoster(IOrganisationRosterGrain roster, Task gate) : IOrganisationRosterGrain
    {
        public async Task<RosterSnapshot> ImportAsync(OrganisationDefinition definition, string actor, CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken);
            return await roster.ImportAsync(definition, actor, cancellationToken);
        }

        public Task<RosterSnapshot> GetAsync(CancellationToken cancellationToken = default) => roster.GetAsync(cancellationToken);

        public Task<PersonDefinition?> FindPersonAsync(string personId, CancellationToken cancellationToken = default) =>
            roster.FindPersonAsync(personId, cancellationToken);

        public Task<IReadOnlyList<BodyMember>> GetMembersAsync(string bodyId, CancellationToken cancellationToken = default) =>
            roster.GetMembersAsync(bodyId, cancellationToken);
    }
}
