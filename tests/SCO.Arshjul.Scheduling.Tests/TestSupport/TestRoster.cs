using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Scheduling.Tests.TestSupport;

/// <summary>A small roster of <c>sco</c>: the board with an internkontrollant, and the kansli with its förbundschef.</summary>
internal static class TestRoster
{
    public const string Board = "styrelse";
    public const string Director = "dora-chef";
    public const string Auditor = "ivar-ik";

    public static OrganisationDefinition Definition { get; } = new(
        "sco",
        "Samordningsförbundet Centrala Östergötland",
        "SCÖ",
        [new BodyDefinition(Board, BodyKind.Board, "Styrelsen"), new BodyDefinition("kansli", BodyKind.Office, "Kansliet")],
        [
            new PersonDefinition(
                Auditor,
                "Ivar Internkontrollant",
                "ivar@example.org",
                [new MembershipDefinition(Board, Role.Member, "Region Östergötland"), new MembershipDefinition(Board, Role.InternalControlAuditor)]),
            new PersonDefinition(Director, "Dora Förbundschef", "dora@example.org", [new MembershipDefinition("kansli", Role.Director)]),
        ]);
}
