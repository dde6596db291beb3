using NodaTime;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>The Swedish words the configuration and the plan's titles use for roles, bodies, months and weekdays.</summary>
public static class SwedishNames
{
    /// <summary>Month names, lower case, index 0 = januari.</summary>
    public static IReadOnlyList<string> Months { get; } =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>Roles as written in YAML (shared/DOMAIN.md).</summary>
    public static IReadOnlyDictionary<string, Role> Roles { get; } = new Dictionary<string, Role>(StringComparer.OrdinalIgnoreCase)
    {
        ["ordförande"] = Role.Chair,
        ["vice ordförande"] = Role.ViceChair,
        ["ledamot"] = Role.Member,
        ["ersättare"] = Role.Deputy,
        ["internkontrollant"] = Role.InternalControlAuditor,
        ["förbundschef"] = Role.Director,
        ["medarbetare"] = Role.Staff,
        ["revisor"] = Role.Auditor,
    };

    /// <summary>Body kinds as written in YAML; <c>medlemsrad</c> is accepted beside <c>medlemsråd</c>.</summary>
    public static IReadOnlyDictionary<string, BodyKind> BodyKinds { get; } = new Dictionary<string, BodyKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["styrelse"] = BodyKind.Board,
        ["beredningsgrupp"] = BodyKind.PreparationGroup,
        ["medlemsråd"] = BodyKind.MembersCouncil,
        ["medlemsrad"] = BodyKind.MembersCouncil,
        ["kansli"] = BodyKind.Office,
        ["revisorer"] = BodyKind.Auditors,
    };

    /// <summary>Weekdays in Swedish and English.</summary>
    public static IReadOnlyDictionary<string, IsoDayOfWeek> Weekdays { get; } = new Dictionary<string, IsoDayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["måndag"] = IsoDayOfWeek.Monday,
        ["tisdag"] = IsoDayOfWeek.Tuesday,
        ["onsdag"] = IsoDayOfWeek.Wednesday,
        ["torsdag"] = IsoDayOfWeek.Thursday,
        ["fredag"] = IsoDayOfWeek.Friday,
        ["lördag"] = IsoDayOfWeek.Saturday,
        ["söndag"] = IsoDayOfWeek.Sunday,
        ["monday"] = IsoDayOfWeek.Monday,
        ["tuesday"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday,
        ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
    };

    /// <summary>The YAML name of a role, e.g. <c>förbundschef</c>.</summary>
    public static string Of(Role role) => Roles.First(pair => pair.Value == role).Key;
}
