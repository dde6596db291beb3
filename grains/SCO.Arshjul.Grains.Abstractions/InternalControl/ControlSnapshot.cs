using NodaTime;

namespace SCO.Arshjul.Grains.InternalControl;

/// <summary>One control of the plan with its outcome, if checked.</summary>
/// <param name="Id">Unique within the plan, e.g. <c>attest</c>.</param>
/// <param name="Probability">Sannolikhet, 1–4.</param>
/// <param name="Consequence">Konsekvens, 1–4.</param>
/// <param name="Risk">Probability × consequence, 1–16.</param>
/// <param name="ResponsiblePersonId">The internkontrollant responsible.</param>
/// <param name="Due">When the control should be done (Europe/Stockholm).</param>
/// <param name="Check">The outcome, or null while unchecked.</param>
public sealed record ControlSnapshot(
    string Id,
    string Area,
    string Title,
    int Probability,
    int Consequence,
    int Risk,
    string Method,
    string ResponsiblePersonId,
    LocalDate Due,
    ControlCheck? Check);
