using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains.Tests.TestSupport;

/// <summary>A small roster of the organisation <c>sco</c> for tests.</summary>
public static class SampleRoster
{
    public const string Org = "sco";
    public const string Board = "styrelse";
    public const string PreparationGroup = "beredningsgrupp";
    public const string Office = "kansli";

    /// <summary>Ordförande of the board.</summary>
    public const string Chair = "eva-ordf";

    /// <summary>Ledamot and internkontrollant.</summary>
    public const string Auditor = "ivar-ik";

    /// <summary>Förbundschef.</summary>
    public const string Director = "dora-chef";

    /// <summary>Staff at the kansli: no right to check controls.</summary>
    public const string Staff = "sam-medarbetare";

    public static OrganisationDefinition Definition { get; } = new(
        Org,
        "Samordningsförbundet Centrala Östergötland",
        "SCÖ",
        [
            new BodyDefinition(Board, BodyKind.Board, "Styrelsen"),
            new BodyDefinition(PreparationGroup, BodyKind.PreparationGroup, "Beredningsgruppen"),
            new BodyDefinition(Office, BodyKind.Office, "Kansliet"),
        ],
        [
            new PersonDefinition(Chair, "Eva Ordförande", "eva@example.se", [new MembershipDefinition(Board, Role.Chair, "Linköpings kommun")]),
            new PersonDefinition(
                Auditor,
                "Ivar Internkontrollant",
                "ivar@example.se",
                [new MembershipDefinition(Board, Role.Member, "Region Östergötland"), new MembershipDefinition(Board, Role.InternalControlAuditor)]),
            new PersonDefinition(Director, "Dora Förbundschef", "dora@example.se", [new MembershipDefinition(Office, Role.Director)]),
            new PersonDefinition(Staff, "Sam Medarbetare", "sam@example.se", [new MembershipDefinition(Office, Role.Staff)]),
        ]);
}
