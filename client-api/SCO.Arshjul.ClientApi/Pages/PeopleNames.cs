using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages;

/// <summary>
/// The names of an organisation's people, read once per request from its roster grain, so that every page shows
/// "Annika Westerlund" where the grains hold <c>annika-westerlund</c> or the actor <c>sco/annika-westerlund</c>.
/// </summary>
public sealed class PeopleNames
{
    private readonly string _organisation;
    private readonly Dictionary<string, string> _names;

    private PeopleNames(string organisation, Dictionary<string, string> names) => (_organisation, _names) = (organisation, names);

    /// <summary>The roster's people of <paramref name="organisation"/> (none before the roster is imported).</summary>
    public static async Task<PeopleNames> LoadAsync(IGrainFactory grains, string organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var roster = (await grains.GetGrain<IOrganisationRosterGrain>($"{organisation}/roster").GetAsync(cancellationToken)).Definition;
        return new PeopleNames(organisation, roster?.People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal) ?? []);
    }

    /// <summary>
    /// The name of a person id or of an actor qualified with this organisation (<c>sco/annika-westerlund</c>);
    /// "Systemet" for the system's own actors (<c>system:config</c>); anything else (a person no longer in the roster)
    /// as it is.
    /// </summary>
    public string Of(string? personOrActor)
    {
        if (string.IsNullOrEmpty(personOrActor))
        {
            return string.Empty;
        }

        if (personOrActor.StartsWith("system:", StringComparison.Ordinal))
        {
            return "Systemet";
        }

        var local = personOrActor.StartsWith(_organisation + "/", StringComparison.Ordinal) ? personOrActor[(_organisation.Length + 1)..] : personOrActor;
        return _names.TryGetValue(local, out var name) ? name : personOrActor;
    }
}
