using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>The rings of the årshjul, outermost first, and which ring an activity belongs to.</summary>
public static class WheelRings
{
    /// <summary>Every ring, outermost first.</summary>
    public static IReadOnlyList<WheelRing> All { get; } =
    [
        new("styrelse", "Styrelsen"),
        new("beredningsgrupp", "Beredningsgruppen"),
        new("medlemsrad", "Medlemsrådet"),
        new("ovriga-moten", "Övriga möten"),
        new("rapporter", "Rapporter och deadlines"),
        new("internkontroll", "Internkontroll"),
        new("arbetsmiljo", "Arbetsmiljö"),
    ];

    /// <summary>
    /// The index in <see cref="All"/> of <paramref name="item"/>'s ring. A meeting goes to the ring of the most senior
    /// body it invites (styrelse before beredningsgrupp before medlemsråd; a joint day to the board's ring); a meeting
    /// of any other body (a lecture of the kansli) to "Övriga möten".
    /// </summary>
    /// <param name="bodyKinds">The kind of each body id of the organisation.</param>
    public static int IndexOf(WheelItem item, IReadOnlyDictionary<string, BodyKind> bodyKinds)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(bodyKinds);
        var id = item.Kind switch
        {
            WheelItemKind.Meeting => MeetingRing([.. item.BodyIds.Select(b => bodyKinds.TryGetValue(b, out var kind) ? kind : (BodyKind?)null)]),
            WheelItemKind.WorkEnvironmentTask => "arbetsmiljo",
            WheelItemKind.InternalControl or WheelItemKind.InternalControlAdoption or WheelItemKind.InternalControlFollowUp => "internkontroll",
            _ => "rapporter",
        };
        return All.Select((ring, index) => (ring, index)).First(r => r.ring.Id == id).index;
    }

    private static string MeetingRing(IReadOnlyList<BodyKind?> kinds) =>
        kinds.Contains(BodyKind.Board) ? "styrelse"
        : kinds.Contains(BodyKind.PreparationGroup) ? "beredningsgrupp"
        : kinds.Contains(BodyKind.MembersCouncil) ? "medlemsrad"
        : "ovriga-moten";
}
