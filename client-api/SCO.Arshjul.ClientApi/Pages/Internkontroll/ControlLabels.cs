using SCO.Arshjul.Grains.InternalControl;

namespace SCO.Arshjul.ClientApi.Pages.Internkontroll;

/// <summary>Swedish words and CSS classes for controls, results and risk levels.</summary>
public static class ControlLabels
{
    /// <summary>Sannolikhet 1–4.</summary>
    public static IReadOnlyList<string> Probabilities { get; } = ["Osannolik", "Mindre sannolik", "Möjlig", "Sannolik"];

    /// <summary>Konsekvens 1–4.</summary>
    public static IReadOnlyList<string> Consequences { get; } = ["Försumbar", "Lindrig", "Kännbar", "Allvarlig"];

    /// <summary>The risk levels, lowest first: CSS class, name, risk values (probability × consequence).</summary>
    public static IReadOnlyList<(string CssClass, string Label, string Values)> RiskLevels { get; } =
    [
        ("risk-low", "Låg risk", "1–3"),
        ("risk-medium", "Måttlig risk", "4–6"),
        ("risk-high", "Hög risk", "8–9"),
        ("risk-critical", "Mycket hög risk", "12–16"),
    ];

    /// <summary>The level of a risk value 1–16: its CSS class and name.</summary>
    public static (string CssClass, string Label) RiskOf(int risk)
    {
        var level = RiskLevels[risk switch { <= 3 => 0, <= 6 => 1, <= 9 => 2, _ => 3 }];
        return (level.CssClass, level.Label);
    }

    /// <summary>"Utan anmärkning" or "Avvikelse".</summary>
    public static string Of(ControlResult result) => result == ControlResult.Ok ? "Utan anmärkning" : "Avvikelse";

    /// <summary>The row's mark: its CSS class and words, or nothing for a control due later.</summary>
    public static (string? CssClass, string Text) Of(ControlState state) => state switch
    {
        ControlState.Overdue => ("overdue", "Försenad"),
        ControlState.DueSoon => ("due-soon", "Snart"),
        ControlState.Checked => ("checked", "Kontrollerad"),
        _ => (null, string.Empty),
    };
}
