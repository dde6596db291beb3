using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Organisation;

/// <summary>
/// An organisation's roster: its bodies (styrelse, beredningsgrupp …) and people with their roles.
/// Key: <c>{org}/roster</c>, e.g. <c>sco/roster</c>. Calls no other grain.
/// Every change is recorded in the history and enqueues an outbox message <c>roster.changed</c>
/// (idempotency key <c>{key}/v{version}</c>, payload <see cref="RosterChanged"/>) in the same write.
/// </summary>
/// <remarks>
/// Person ids are roster ids such as <c>anna-lindqvist</c>. Every grain also accepts the qualified form
/// <c>{org}/{person}</c>; a qualifier naming another organisation is rejected with <c>organisation.mismatch</c>.
/// </remarks>
public interface IOrganisationRosterGrain : IGrainWithStringKey
{
    /// <summary>
    /// Replaces the roster with <paramref name="definition"/>. Its id must be the key's organisation; body and person
    /// ids must be unique, e-mails valid and memberships must name bodies of the definition. Importing the same
    /// definition again changes nothing.
    /// </summary>
    /// <param name="actor">Who imports it (a person id or a system name).</param>
    /// <exception cref="Common.GovernanceRuleException">The definition is invalid; nothing was changed.</exception>
    [ReRunOnConflict]
    Task<RosterSnapshot> ImportAsync(OrganisationDefinition definition, string actor, CancellationToken cancellationToken = default);

    /// <summary>The roster as it stands, with its history.</summary>
    Task<RosterSnapshot> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>The person with <paramref name="personId"/>, or null if the roster has no such person.</summary>
    /// <exception cref="Common.GovernanceRuleException">The id is qualified with another organisation.</exception>
    Task<PersonDefinition?> FindPersonAsync(string personId, CancellationToken cancellationToken = default);

    /// <summary>The people with a membership in the body <paramref name="bodyId"/>, each with their roles there.</summary>
    /// <exception cref="Common.GovernanceRuleException">The roster has no such body (<c>roster.body-unknown</c>).</exception>
    Task<IReadOnlyList<BodyMember>> GetMembersAsync(string bodyId, CancellationToken cancellationToken = default);
}
