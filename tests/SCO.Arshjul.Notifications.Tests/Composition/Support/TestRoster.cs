using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Notifications.Tests.Composition.Support;

/// <summary>A small roster of the organisation <c>sco</c> with every body and role the composition rules look at.</summary>
public static class TestRoster
{
    public const string Org = "sco";
    public const string OrgName = "Samordningsförbundet Centrala Östergötland";
    public const string Board = "styrelse";
    public const string PreparationGroup = "beredningsgrupp";
    public const string MembersCouncil = "medlemsrad";
    public const string Office = "kansli";

    public const string Chair = "eva-ordf";
    public const string ViceChair = "vera-vice";

    /// <summary>Ledamot of the board and internkontrollant: two roles in one body.</summary>
    public const string Auditor = "ivar-ik";

    public const string BoardMember = "lars-ledamot";
    public const string BoardDeputy = "erik-ersattare";

    /// <summary>Ersättare on the board and ledamot of the beredningsgrupp: two roles in two bodies.</summary>
    public const string DeputyAndPreparer = "bodil-bada";

    public const string PreparationChair = "bertil-bg";
    public const string PreparationDeputy = "britt-bg-ers";
    public const string CouncilMember = "mona-mr";
    public const string CouncilDeputy = "mats-mr-ers";
    public const string Director = "dora-chef";
    public const string Staff = "sam-medarbetare";

    public static OrganisationDefinition Definition { get; } = new(
        Org,
        OrgName,
        "SCÖ",
        [
            new BodyDefinition(Board, BodyKind.Board, "Styrelsen"),
            new BodyDefinition(PreparationGroup, BodyKind.PreparationGroup, "Beredningsgruppen"),
            new BodyDefinition(MembersCouncil, BodyKind.MembersCouncil, "Medlemsrådet"),
            new BodyDefinition(Office, BodyKind.Office, "Kansliet"),
        ],
        [
            Person(Chair, "Eva Ordförande", (Board, Role.Chair)),
            Person(ViceChair, "Vera Vice", (Board, Role.ViceChair)),
            Person(Auditor, "Ivar Internkontrollant", (Board, Role.Member), (Board, Role.InternalControlAuditor)),
            Person(BoardMember, "Lars Ledamot", (Board, Role.Member)),
            Person(BoardDeputy, "Erik Ersättare", (Board, Role.Deputy)),
            Person(DeputyAndPreparer, "Bodil Båda", (Board, Role.Deputy), (PreparationGroup, Role.Member)),
            Person(PreparationChair, "Bertil Beredning", (PreparationGroup, Role.Chair)),
            Person(PreparationDeputy, "Britt Beredningsersättare", (PreparationGroup, Role.Deputy)),
            Person(CouncilMember, "Mona Medlemsråd", (MembersCouncil, Role.Member)),
            Person(CouncilDeputy, "Mats Medlemsrådsersättare", (MembersCouncil, Role.Deputy)),
            Person(Director, "Dora Förbundschef", (Office, Role.Director)),
            Person(Staff, "Sam Medarbetare", (Office, Role.Staff)),
        ]);

    /// <summary>The e-mail address of <paramref name="personId"/>.</summary>
    public static string Email(string personId) => $"{personId}@example.org";

    private static PersonDefinition Person(string id, string name, params (string Body, Role Role)[] memberships) =>
        new(id, name, Email(id), [.. memberships.Select(m => new MembershipDefinition(m.Body, m.Role))]);
}
