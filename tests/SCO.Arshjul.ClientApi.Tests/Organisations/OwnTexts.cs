using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// Texts that only one organisation's data holds, so that finding one in what another organisation's user is shown is a
/// leak: its name, its id as keys and addresses carry it, the names and addresses of its people who are not also in the
/// other organisation, the titles and places of its meetings that the other has not, and what its förbundschef seeded.
/// </summary>
public static class OwnTexts
{
    /// <summary>What only <paramref name="seed"/>'s organisation holds, beside <paramref name="other"/>.</summary>
    public static IReadOnlyList<string> Of(ArshjulConfiguration configuration, OrganisationSeed seed, string other)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(seed);
        var own = configuration.Organisation(seed.Org);
        var theirs = configuration.Organisation(other);
        var theirEmails = theirs.People.Select(p => p.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var theirTexts = Meetings(configuration, other).ToHashSet(StringComparer.Ordinal);
        return
        [
            own.Name,
            $"/orgs/{seed.Org}/",
            $"\"{seed.Org}/",
            $"\"{seed.Org}\"",
            seed.MeetingTitle,
            seed.DecisionTitle,
            seed.DecisionReference,
            .. own.People.Where(p => !theirEmails.Contains(p.Email)).SelectMany(p => new[] { p.Name, p.Email }),
            .. Meetings(configuration, seed.Org).Where(text => !theirTexts.Contains(text)),
        ];
    }

    // The titles and places of an organisation's meetings in the years it has a year file for.
    private static IEnumerable<string> Meetings(ArshjulConfiguration configuration, string org) =>
        configuration.YearFiles.Where(f => f.OrganisationId == org)
            .SelectMany(f => configuration.Plan(org, f.Year).Meetings)
            .SelectMany(m => new[] { m.Title, m.Location })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
}
