using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.WorkEnvironment;

/// <summary>Reads the SAM tasks of a year's wheel from their grains, all at once.</summary>
public static class WorkEnvironmentTasks
{
    /// <summary>The planned tasks among <paramref name="activities"/>, by due date then id.</summary>
    public static async Task<IReadOnlyList<WorkEnvironmentTaskItem>> ReadAsync(
        IGrainFactory grains, IEnumerable<WheelActivity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var tasks = await Task.WhenAll(activities
            .Where(a => a.Kind == WheelItemKind.WorkEnvironmentTask)
            .Select(a => grains.GetGrain<IWorkEnvironmentTaskGrain>(a.GrainKey).GetAsync(cancellationToken)));
        return [.. tasks
            .Where(t => t.Status != ChecklistStatus.NotPlanned)
            .Select(WorkEnvironmentTaskItem.From)
            .OrderBy(t => t.Due)
            .ThenBy(t => t.Id, StringComparer.Ordinal)];
    }
}
