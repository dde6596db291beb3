using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>Where each activity (and each pinned date) stands in a file, to point a planning error at its line.</summary>
internal sealed class SourceMap(string file)
{
    private readonly Dictionary<string, Mark> marks = new(StringComparer.Ordinal);

    public string File { get; } = file;

    public void Add(string activityId, Mark mark, LocalDate? date = null) => marks.TryAdd(Key(activityId, date), mark);

    /// <summary>The pinned date's position if known, else the activity's.</summary>
    public Mark? Find(string activityId, LocalDate? date) =>
        date is not null && marks.TryGetValue(Key(activityId, date), out var exact) ? exact
        : marks.TryGetValue(Key(activityId, null), out var activity) ? activity
        : null;

    private static string Key(string activityId, LocalDate? date) =>
        date is { } d ? $"{activityId}@{LocalDatePattern.Iso.Format(d)}" : activityId;
}
