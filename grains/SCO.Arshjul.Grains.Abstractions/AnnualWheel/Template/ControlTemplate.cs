namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>One control of the internkontrollplan.</summary>
/// <param name="Id">Unique within the plan, e.g. <c>attest</c>.</param>
/// <param name="Area">E.g. "Ekonomi", "Administration".</param>
/// <param name="Probability">Risk probability, 1–4.</param>
/// <param name="Consequence">Risk consequence, 1–4.</param>
/// <param name="Method">How the control is carried out (stickprov, genomgång …).</param>
/// <param name="Due">Must yield exactly one date a year.</param>
/// <param name="Responsible">
/// An internkontrollant by person id; when null the controls without one are shared round-robin over the
/// roster's internkontrollanter, in roster order.
/// </param>
public sealed record ControlTemplate(
    string Id,
    string Area,
    string Title,
    int Probability,
    int Consequence,
    string Method,
    RecurrenceRule Due,
    string? Responsible = null);
