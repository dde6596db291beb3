namespace SCO.Arshjul.ClientApi.Api.WorkEnvironment;

/// <summary>A year's systematic work-environment (SAM) tasks, by due date.</summary>
public sealed record WorkEnvironmentYear(int Year, IReadOnlyList<WorkEnvironmentTaskItem> Tasks);
