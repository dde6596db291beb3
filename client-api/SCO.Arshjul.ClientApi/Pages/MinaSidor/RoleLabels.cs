using SCO.Arshjul.ClientApi.Identity;

namespace SCO.Arshjul.ClientApi.Pages.MinaSidor;

/// <summary>The roles (<see cref="ArshjulRole"/>, ASCII claim values) as a person reads them: "Förbundschef", "Medlemsråd" ….</summary>
public static class RoleLabels
{
    /// <summary>The Swedish name of <paramref name="role"/>; an unknown value as it is.</summary>
    public static string Of(string role) => role switch
    {
        ArshjulRole.Forbundschef => "Förbundschef",
        ArshjulRole.Kansli => "Kansli",
        ArshjulRole.Styrelse => "Styrelse",
        ArshjulRole.Internkontrollant => "Internkontrollant",
        ArshjulRole.Beredningsgrupp => "Beredningsgrupp",
        ArshjulRole.Medlemsrad => "Medlemsråd",
        ArshjulRole.Revisor => "Revisor",
        _ => role,
    };
}
