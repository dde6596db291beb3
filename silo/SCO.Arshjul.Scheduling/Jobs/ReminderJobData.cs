using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Quartz;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Reminders.Planning;

namespace SCO.Arshjul.Scheduling.Jobs;

/// <summary>
/// What the job store keeps of a reminder: on each item's job, the item; on each trigger, its occurrence as JSON.
/// Strings only, so the store's serializer never sees a domain type.
/// </summary>
public static class ReminderJobData
{
    /// <summary>Trigger data: the <see cref="ReminderOccurrence"/> as JSON.</summary>
    public const string Occurrence = "occurrence";

    /// <summary>Job data: the item's grain key.</summary>
    public const string ItemKey = "itemKey";

    /// <summary>Job data: the item's <see cref="WheelItemKind"/> name.</summary>
    public const string ItemKind = "itemKind";

    /// <summary>Job data: the item's sub-item id (a control's id), absent for most kinds.</summary>
    public const string SubItemId = "subItemId";

    private static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>The occurrence as stored on a trigger.</summary>
    public static string Serialize(ReminderOccurrence occurrence) => JsonSerializer.Serialize(occurrence, Json);

    /// <summary>The occurrence a trigger carries.</summary>
    /// <exception cref="InvalidOperationException">The trigger carries none (not a reminder trigger).</exception>
    public static ReminderOccurrence ReadOccurrence(JobDataMap data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Text(data, Occurrence) is { } json
            ? JsonSerializer.Deserialize<ReminderOccurrence>(json, Json) ?? throw new InvalidOperationException("empty reminder occurrence")
            : throw new InvalidOperationException($"no '{Occurrence}' in the trigger's data");
    }

    /// <summary>The item data of its job.</summary>
    public static JobDataMap ForItem(ReminderItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var data = new JobDataMap { [ItemKey] = item.ItemKey, [ItemKind] = item.Kind.ToString() };
        if (item.SubItemId is { } subItem)
        {
            data[SubItemId] = subItem;
        }

        return data;
    }

    /// <summary>The item a job is for.</summary>
    public static ReminderItem ReadItem(JobDataMap data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ReminderItem(
            Text(data, ItemKey) ?? throw new InvalidOperationException($"no '{ItemKey}' in the job's data"),
            Enum.Parse<WheelItemKind>(Text(data, ItemKind) ?? throw new InvalidOperationException($"no '{ItemKind}' in the job's data")),
            Text(data, SubItemId));
    }

    private static string? Text(JobDataMap data, string key) => data.TryGetValue(key, out var value) ? value as string : null;

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
