using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Calendar;
using SCO.Arshjul.Silo.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// Reads a year file's pinned dates: a bare date (<c>- 2025-03-14</c>) or a mapping with <c>date</c> and, for this
/// occurrence only, <c>start</c>, <c>end</c>, <c>location</c> (meetings), <c>title</c>, <c>assumed</c> and <c>source</c>.
/// A pinned date must lie in the file's year on a working day.
/// </summary>
internal sealed class PinReader(int year)
{
    public List<PinnedOccurrence> ReadDates(YamlMap entry, ActivityTemplate activity, bool assumedByDefault, SourceMap positions)
    {
        var pins = new List<PinnedOccurrence>();
        foreach (var node in entry.Items("dates", required: true))
        {
            var pin = node switch
            {
                YamlScalarNode scalar => new PinnedOccurrence(WorkingDate(entry, scalar), Assumed: assumedByDefault),
                YamlMappingNode mapping => Occurrence(new YamlMap(mapping, entry.File), activity, assumedByDefault),
                _ => throw entry.Error(node, "each date must be a date (yyyy-MM-dd) or a mapping with 'date'"),
            };
            if (pins.Any(p => p.Date == pin.Date))
            {
                throw entry.Error(node, $"'{activity.Id}' is pinned twice on {pin.Date:yyyy-MM-dd}");
            }

            positions.Add(activity.Id, node.Start, pin.Date);
            pins.Add(pin);
        }

        return pins.Count > 0 ? pins : throw entry.Error("'dates' is empty: pin at least one date, or leave the activity out to keep its rule");
    }

    /// <summary>A single pinned date (the internkontrollplan's <c>adoptBy</c> and <c>followUp</c>): <c>date</c>, <c>assumed</c>, <c>source</c>.</summary>
    public PinnedOccurrence? ReadSingle(YamlMap parent, string key)
    {
        if (parent.OptionalMap(key) is not { } pin)
        {
            return null;
        }

        pin.AllowOnly("date", "assumed", "source");
        return new PinnedOccurrence(WorkingDate(pin, pin.RequiredScalar("date")), Assumed: pin.Bool("assumed", false), Source: pin.OptionalString("source"));
    }

    private PinnedOccurrence Occurrence(YamlMap pin, ActivityTemplate activity, bool assumedByDefault)
    {
        string[] common = ["date", "title", "assumed", "source"];
        pin.AllowOnly(activity.Kind == ActivityKind.Meeting ? [.. common, "start", "end", "location"] : common);
        var date = WorkingDate(pin, pin.RequiredScalar("date"));
        var start = pin.Time("start");
        var end = pin.Time("end");
        var effectiveStart = start ?? activity.Start;
        var effectiveEnd = end ?? activity.End;
        if (activity.Days == 1 && effectiveStart is { } s && effectiveEnd is { } e && e <= s)
        {
            throw pin.Error(pin.Scalar("end") ?? pin.RequiredScalar("start"), $"end {e:HH:mm} is before or at start {s:HH:mm}");
        }

        return new PinnedOccurrence(
            date, start, end, pin.OptionalString("location"), pin.OptionalString("title"), pin.Bool("assumed", assumedByDefault), pin.OptionalString("source"));
    }

    private LocalDate WorkingDate(YamlMap map, YamlScalarNode node)
    {
        var date = map.Date(node);
        if (date.Year != year)
        {
            throw map.Error(node, $"date {date:yyyy-MM-dd} is not in {year}");
        }

        return WorkingDays.ReasonNotWorking(date) is { } reason
            ? throw map.Error(node, $"{date:yyyy-MM-dd} is not a working day ({reason})")
            : date;
    }
}
