using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.ClientApi.Pages.Moten;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>Swedish words for the årshjul's activities: kinds, statuses (as <see cref="WheelReader"/> spells them), dates.</summary>
public static class WheelLabels
{
    /// <summary>"Möte", "Deadline", "Arbetsmiljö" ….</summary>
    public static string KindOf(WheelItemKind kind) => kind switch
    {
        WheelItemKind.Meeting => "Möte",
        WheelItemKind.Deadline => "Deadline",
        WheelItemKind.WorkEnvironmentTask => "Arbetsmiljö",
        WheelItemKind.InternalControlAdoption => "Internkontrollplan fastställs",
        WheelItemKind.InternalControlFollowUp => "Internkontroll följs upp",
        WheelItemKind.InternalControl => "Kontroll",
        WheelItemKind.Decision => "Beslut",
        _ => kind.ToString(),
    };

    /// <summary>The item's status in Swedish: a meeting's as the meeting pages say it, the others' by their kind.</summary>
    public static string StatusOf(WheelItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Kind == WheelItemKind.Meeting && Enum.TryParse<MeetingStatus>(item.Status, true, out var meeting))
        {
            return MeetingLabels.Of(meeting);
        }

        return item.Status switch
        {
            "open" => "Ej klar",
            "completed" => "Klar",
            "planned" => "Ej fastställd",
            "adopted" => "Fastställd",
            "notChecked" => "Ej kontrollerad",
            "ok" => "Utan anmärkning",
            "deviation" => "Avvikelse",
            _ => "Ej planerad",
        };
    }

    /// <summary>"Januari" … "December".</summary>
    public static string MonthOf(int month)
    {
        var name = SwedishNames.Months[month - 1];
        return string.Concat(name[..1].ToUpperInvariant(), name[1..]);
    }

    /// <summary>"2026-12-11 09:00–12:00" for a meeting, "2026-04-30" for anything else.</summary>
    public static string WhenOf(WheelItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item is { Start: { } start, End: { } end }
            ? StockholmTimes.Span(start, end)
            : item.Due is { } due ? StockholmTimes.Date(due) : string.Empty;
    }
}
