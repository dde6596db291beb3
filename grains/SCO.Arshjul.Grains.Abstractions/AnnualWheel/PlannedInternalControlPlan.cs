using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>The year's internkontrollplan: adopted early in the year, followed up at tertial 2.</summary>
/// <param name="AdoptBy">When the board should adopt the plan.</param>
/// <param name="FollowUpDue">When the tertial-2 follow-up is due.</param>
public sealed record PlannedInternalControlPlan(
    LocalDate AdoptBy,
    LocalDate FollowUpDue,
    IReadOnlyList<PlannedControl> Controls,
    bool Assumed);

/// <summary>One control in the plan.</summary>
/// <param name="Id">Unique within the plan, e.g. <c>attest</c>.</param>
/// <param name="Probability">1–4.</param>
/// <param name="Consequence">1–4.</param>
/// <param name="ResponsiblePersonId">An internkontrollant from the roster.</param>
public sealed record PlannedControl(
    string Id,
    string Area,
    string Title,
    int Probability,
    int Consequence,
    string Method,
    string ResponsiblePersonId,
    LocalDate Due);
