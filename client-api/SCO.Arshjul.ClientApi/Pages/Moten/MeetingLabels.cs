using SCO.Arshjul.Grains;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.ClientApi.Pages.Moten;

/// <summary>Swedish names of meeting kinds, statuses and invited bodies for the pages.</summary>
public static class MeetingLabels
{
    /// <summary>Every kind with its name, in the order the new-meeting form offers them.</summary>
    public static IReadOnlyList<(MeetingKind Kind, string Label)> Kinds { get; } =
    [
        (MeetingKind.BoardMeeting, "Styrelsemöte"),
        (MeetingKind.PreparationGroupMeeting, "Beredningsgruppsmöte"),
        (MeetingKind.MembersCouncil, "Medlemsråd"),
        (MeetingKind.JointDay, "Gemensam dag (styrelse och beredningsgrupp)"),
        (MeetingKind.Koll, "KOLL"),
        (MeetingKind.Lecture, "Föreläsning"),
    ];

    /// <summary>E.g. "Styrelsemöte".</summary>
    public static string Of(MeetingKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind).Label ?? kind.ToString();

    /// <summary>E.g. "Kallat", "Protokoll justerat" (the grains' words, capitalised).</summary>
    public static string Of(MeetingStatus status)
    {
        var name = MeetingStatusNames.Swedish(status);
        return string.Concat(name[..1].ToUpperInvariant(), name[1..]);
    }

    /// <summary>The names of <paramref name="bodyIds"/> among <paramref name="bodies"/>, e.g. "Styrelsen, Beredningsgruppen".</summary>
    public static string BodiesOf(IReadOnlyList<BodyDefinition> bodies, IEnumerable<string> bodyIds)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        ArgumentNullException.ThrowIfNull(bodyIds);
        return string.Join(", ", bodyIds.Select(id => bodies.FirstOrDefault(b => b.Id == id)?.Name ?? id));
    }
}
