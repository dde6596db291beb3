using Microsoft.Extensions.Options;
using SCO.Arshjul.ClientApi.Hosting;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.ClientApi.Identity.People;

/// <summary>
/// Who may sign in, read from the organisations' roster grains (so a roster change takes effect at once) plus the
/// configured <see cref="BootstrapAdministrator"/>. Roles come from memberships (<see cref="ArshjulRole.Of"/>).
/// </summary>
public sealed class PersonDirectory(IGrainFactory grains, ArshjulConfiguration configuration, IOptions<ClientApiOptions> options)
{
    /// <summary>The organisations this deployment serves.</summary>
    public IReadOnlyList<string> Organisations { get; } = [.. configuration.Organisations.Select(o => o.Id)];

    /// <summary>Everyone registered with <paramref name="email"/> (any case), in any organisation.</summary>
    public async Task<IReadOnlyList<KnownPerson>> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var found = new List<KnownPerson>();
        foreach (var organisation in Organisations)
        {
            var roster = await RosterAsync(organisation, cancellationToken);
            found.AddRange(roster?.People
                .Where(p => p.Email.Equals(email, StringComparison.OrdinalIgnoreCase))
                .Select(p => Known(roster, p)) ?? []);
        }

        if (Administrator is { } administrator && administrator.Email.Equals(email, StringComparison.OrdinalIgnoreCase)
            && !found.Exists(p => p.Organisation == administrator.Organisation && p.PersonId == administrator.PersonId))
        {
            found.Add(administrator);
        }

        return found;
    }

    /// <summary>The person <paramref name="personId"/> of <paramref name="organisation"/>, or null.</summary>
    public async Task<KnownPerson?> FindAsync(string organisation, string personId, CancellationToken cancellationToken)
    {
        if (Administrator is { } administrator && administrator.Organisation == organisation && administrator.PersonId == personId)
        {
            return administrator;
        }

        if (!Organisations.Contains(organisation, StringComparer.Ordinal))
        {
            return null;
        }

        var roster = await RosterAsync(organisation, cancellationToken);
        return roster?.People.FirstOrDefault(p => p.Id == personId) is { } person ? Known(roster, person) : null;
    }

    private KnownPerson? Administrator => options.Value.BootstrapAdministrator is { IsConfigured: true } a
        ? new KnownPerson(
            a.Organisation!,
            a.PersonId!,
            string.IsNullOrWhiteSpace(a.Name) ? a.PersonId! : a.Name,
            a.Email!,
            [ArshjulRole.Kansli],
            configuration.Organisations.FirstOrDefault(o => o.Id == a.Organisation)?.Name)
        : null;

    private static KnownPerson Known(OrganisationDefinition organisation, PersonDefinition person) =>
        new(organisation.Id, person.Id, person.Name, person.Email, ArshjulRole.Of(organisation, person), organisation.Name);

    private async Task<OrganisationDefinition?> RosterAsync(string organisation, CancellationToken cancellationToken) =>
        (await grains.GetGrain<IOrganisationRosterGrain>($"{organisation}/roster").GetAsync(cancellationToken)).Definition;
}
