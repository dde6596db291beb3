using SCO.Arshjul.Grains.Decisions;

namespace SCO.Arshjul.ClientApi.Pages;

/// <summary>Swedish names of decision statuses for the pages (the API speaks the enum's camelCase names).</summary>
public static class StatusLabels
{
    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        ("decided", "Beslutat"),
        ("inProgress", "Pågår"),
        ("executed", "Verkställt"),
        ("reportedBack", "Återrapporterat"),
        ("cancelled", "Avbrutet"),
    ];

    /// <summary>The API's name of <paramref name="status"/> (camelCase, as in <see cref="All"/>), e.g. <c>inProgress</c>.</summary>
    public static string ValueOf(DecisionStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static string Of(DecisionStatus status) => status switch
    {
        DecisionStatus.Decided => "Beslutat",
        DecisionStatus.InProgress => "Pågår",
        DecisionStatus.Executed => "Verkställt",
        DecisionStatus.ReportedBack => "Återrapporterat",
        DecisionStatus.Cancelled => "Avbrutet",
        _ => "Ej registrerat",
    };
}
