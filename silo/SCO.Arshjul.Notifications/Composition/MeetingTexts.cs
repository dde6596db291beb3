using System.Globalization;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>The Swedish subjects and bodies of a meeting's notifications.</summary>
internal static class MeetingTexts
{
    /// <summary>"Kallelse: Styrelsemöte fredag 14 mars 2025".</summary>
    public static string Subject(string prefix, MeetingSnapshot meeting) => $"{prefix}: {meeting.Title} {SwedishDates.Date(meeting.Start.Date)}";

    /// <summary>Time, place, who is called and the agenda.</summary>
    public static IEnumerable<string> Particulars(MeetingSnapshot meeting, OrganisationDefinition organisation)
    {
        var bodies = organisation.Bodies.Where(b => meeting.BodyIds.Contains(b.Id)).Select(b => b.Name);
        yield return $"Tid: {SwedishDates.Span(meeting.Start, meeting.End)}";
        yield return $"Plats: {meeting.Location ?? "meddelas senare"}";
        yield return $"Kallade: {string.Join(", ", bodies)}";
        if (meeting.Agenda.Count > 0)
        {
            yield return string.Empty;
            yield return "Dagordning:";
            foreach (var (item, index) in meeting.Agenda.Select((item, index) => (item, index)))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{index + 1}. {item}");
            }
        }
    }
}
