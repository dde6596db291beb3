using SCO.Arshjul.ClientApi.Identity;

namespace SCO.Arshjul.ClientApi.Tests.Support;

/// <summary>One person of the sample roster (config/organisations/sco.yaml) per role, for sign-in and authorization tests.</summary>
public static class TestPeople
{
    public const string Org = "sco";

    public const string Forbundschef = "annika-westerlund";
    public const string Kansli = "petra-sjodin";
    public const string Ledamot = "goran-vikstrom";
    public const string Ersattare = "sofia-nyqvist";

    /// <summary>Ledamot of the board and internkontrollant.</summary>
    public const string Internkontrollant = "maria-lovgren";
    public const string Beredningsgrupp = "helena-berglund";
    public const string Medlemsrad = "birgitta-stahl";
    public const string Revisor = "lena-torstensson";

    /// <summary>A person who has <paramref name="role"/> (and, for styrelse, no other role that grants more).</summary>
    public static string With(string role) => role switch
    {
        ArshjulRole.Forbundschef => Forbundschef,
        ArshjulRole.Kansli => Kansli,
        ArshjulRole.Styrelse => Ersattare,
        ArshjulRole.Internkontrollant => Internkontrollant,
        ArshjulRole.Beredningsgrupp => Beredningsgrupp,
        ArshjulRole.Medlemsrad => Medlemsrad,
        ArshjulRole.Revisor => Revisor,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
