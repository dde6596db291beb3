using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.ClientApi.Identity;

/// <summary>
/// What a signed-in person may do, derived from their memberships in the roster. The names are the role claims' values
/// (Swedish, lower case, ASCII): a person has every role any of their memberships gives.
/// </summary>
public static class ArshjulRole
{
    /// <summary>The förbundschef: manages everything.</summary>
    public const string Forbundschef = "forbundschef";

    /// <summary>The kansli's staff: manage everything.</summary>
    public const string Kansli = "kansli";

    /// <summary>Board members (ordförande, vice, ledamot, ersättare): read everything, act on their own items.</summary>
    public const string Styrelse = "styrelse";

    /// <summary>The board's internkontrollanter: check off the year's controls.</summary>
    public const string Internkontrollant = "internkontrollant";

    /// <summary>The beredningsgrupp: their meetings.</summary>
    public const string Beredningsgrupp = "beredningsgrupp";

    /// <summary>The medlemsråd: their meetings.</summary>
    public const string Medlemsrad = "medlemsrad";

    /// <summary>The revisorer: read everything including history, change nothing.</summary>
    public const string Revisor = "revisor";

    /// <summary>Every role, for authorization tests and the UI.</summary>
    public static IReadOnlyList<string> All { get; } = [Forbundschef, Kansli, Styrelse, Internkontrollant, Beredningsgrupp, Medlemsrad, Revisor];

    /// <summary>The roles that manage everything.</summary>
    public static IReadOnlyList<string> Managers { get; } = [Forbundschef, Kansli];

    /// <summary>The roles that may read everything (history included).</summary>
    public static IReadOnlyList<string> Readers { get; } = [Forbundschef, Kansli, Styrelse, Internkontrollant, Revisor];

    /// <summary>The roles <paramref name="person"/>'s memberships give in <paramref name="organisation"/>.</summary>
    public static IReadOnlyList<string> Of(OrganisationDefinition organisation, PersonDefinition person)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(person);
        var kinds = organisation.Bodies.ToDictionary(b => b.Id, b => b.Kind, StringComparer.Ordinal);
        return [.. person.Memberships
            .Select(m => RoleOf(kinds.GetValueOrDefault(m.BodyId), m.Role))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    private static string? RoleOf(BodyKind body, Role role) => role switch
    {
        Role.Director => Forbundschef,
        Role.Staff => Kansli,
        Role.InternalControlAuditor => Internkontrollant,
        Role.Auditor => Revisor,
        _ => body switch
        {
            BodyKind.Board => Styrelse,
            BodyKind.PreparationGroup => Beredningsgrupp,
            BodyKind.MembersCouncil => Medlemsrad,
            BodyKind.Office => Kansli,
            BodyKind.Auditors => Revisor,
            _ => null,
        },
    };
}
