using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>
/// An organisation's roster; see <see cref="IOrganisationRosterGrain"/>. Calls no other grain. Every change enqueues
/// <c>roster.changed</c>, so that the scheduling side can react to changed memberships.
/// </summary>
[GrainType("roster")]
internal sealed class OrganisationRosterGrain(TimeProvider timeProvider)
    : GovernanceGrain<RosterState>(timeProvider), IOrganisationRosterGrain
{
    protected override string OutboxKind => "roster.changed";

    public async Task<RosterSnapshot> ImportAsync(OrganisationDefinition definition, string actor, CancellationToken cancellationToken = default)
    {
        Require.Present(definition, "Organisationens definition");
        var by = RequireActor(actor);
        OrganisationScope.RequireSame(OrganisationId, definition.Id, $"Organisationen {definition.Id}");
        RosterValidator.Validate(definition);
        if (State.Definition is not null && GovernanceJson.SameContent(State.Definition, definition))
        {
            return ToSnapshot();
        }

        State.Definition = definition;
        await CommitAsync(new AuditEntry(
            Now(),
            by,
            "roster.imported",
            $"Organisationen '{definition.Name}' importerad: {definition.Bodies.Count} organ, {definition.People.Count} personer."));
        return ToSnapshot();
    }

    public Task<RosterSnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(ToSnapshot());

    public Task<PersonDefinition?> FindPersonAsync(string personId, CancellationToken cancellationToken = default)
    {
        var id = OrganisationScope.LocalPersonId(OrganisationId, personId);
        return Task.FromResult(State.Definition?.People.FirstOrDefault(p => p.Id == id));
    }

    public Task<IReadOnlyList<BodyMember>> GetMembersAsync(string bodyId, CancellationToken cancellationToken = default)
    {
        var body = State.Definition?.Bodies.FirstOrDefault(b => b.Id == bodyId)
            ?? throw RosterRules.UnknownBody(bodyId);
        IReadOnlyList<BodyMember> members =
        [
            .. State.Definition.People
                .Select(p => (Person: p, Memberships: p.Memberships.Where(m => m.BodyId == body.Id).ToList()))
                .Where(x => x.Memberships.Count > 0)
                .Select(x => new BodyMember(
                    x.Person.Id,
                    x.Person.Name,
                    x.Person.Email,
                    [.. x.Memberships.Select(m => m.Role).Distinct()],
                    [.. x.Memberships.Select(m => m.Organisation).OfType<string>().Distinct()])),
        ];
        return Task.FromResult(members);
    }

    protected override object DescribeChange(AuditEntry entry) => new RosterChanged(Key, State.Version, entry.Action);

    private RosterSnapshot ToSnapshot() => new(Key, OrganisationId, State.Definition, State.Version, [.. State.History]);
}
