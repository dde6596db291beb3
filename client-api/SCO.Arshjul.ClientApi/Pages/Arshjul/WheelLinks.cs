using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>
/// Where a mark of the årshjul leads: a meeting to /moten/{id}, a decision to /beslut/{reference}, the
/// internkontrollplan to /internkontroll/{year} (a control to its row there), a SAM task to its row on
/// /arbetsmiljo/{year}, a deadline to its line in the list under the wheel (/arshjul/{year}#{id}).
/// </summary>
public static class WheelLinks
{
    /// <summary>The fragment of a control's row on the internal-control page.</summary>
    public static string ControlAnchor(string controlId) => $"kontroll-{controlId}";

    /// <summary>The fragment of a SAM task's row on the work-environment page.</summary>
    public static string TaskAnchor(string taskId) => $"uppgift-{taskId}";

    /// <summary>The link of <paramref name="item"/>, an activity of <paramref name="year"/>'s wheel.</summary>
    public static string Of(WheelItem item, int year)
    {
        ArgumentNullException.ThrowIfNull(item);
        var id = Uri.EscapeDataString(item.Id);
        return item.Kind switch
        {
            WheelItemKind.Meeting => $"/moten/{id}",
            WheelItemKind.Decision => $"/beslut/{id}",
            WheelItemKind.InternalControl => $"/internkontroll/{year}#{ControlAnchor(id)}",
            WheelItemKind.InternalControlAdoption or WheelItemKind.InternalControlFollowUp => $"/internkontroll/{year}",
            WheelItemKind.WorkEnvironmentTask => $"/arbetsmiljo/{year}#{TaskAnchor(id)}",
            _ => $"/arshjul/{year}#{id}",
        };
    }
}
