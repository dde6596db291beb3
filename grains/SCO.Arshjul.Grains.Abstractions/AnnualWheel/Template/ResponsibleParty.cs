using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>
/// Who answers for an activity: either a role (optionally within one body), resolved through the roster to the
/// first person holding it (e.g. förbundschef → the kansli's Director), or one person by id.
/// </summary>
public sealed record ResponsibleParty(Role? Role, string? BodyId, string? PersonId)
{
    /// <summary>The förbundschef: the default for deadlines and SAM tasks, since the Director carries out the board's decisions.</summary>
    public static ResponsibleParty Director { get; } = ForRole(Organisation.Role.Director);

    /// <summary>A role, optionally within one body.</summary>
    public static ResponsibleParty ForRole(Role role, string? bodyId = null) => new(role, bodyId, null);

    /// <summary>One person by id.</summary>
    public static ResponsibleParty ForPerson(string personId) => new(null, null, personId);
}
