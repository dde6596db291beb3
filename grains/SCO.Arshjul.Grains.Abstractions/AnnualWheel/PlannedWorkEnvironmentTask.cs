using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>A systematic work-environment (SAM) task: skyddsrond, APT, enkät, brandskyddsutbildning …</summary>
/// <param name="Id">Unique within the organisation, e.g. <c>2025-05-13-skyddsrond</c>; grain key <c>{org}/sam-task/{Id}</c>.</param>
/// <param name="Assumed">The seeds give no months for SAM tasks: generated ones are always assumed.</param>
public sealed record PlannedWorkEnvironmentTask(
    string Id,
    string ActivityId,
    string Title,
    LocalDate Due,
    string ResponsiblePersonId,
    bool Assumed);
