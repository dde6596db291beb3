using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Notifications.Reminders.Planning;

/// <summary>Which grains have reminders, by the kind part of their key (<c>{org}/{kind}/{item}</c>).</summary>
public static class ReminderGrainKinds
{
    private static readonly Dictionary<string, WheelItemKind> Kinds = new(StringComparer.Ordinal)
    {
        ["meeting"] = WheelItemKind.Meeting,
        ["deadline"] = WheelItemKind.Deadline,
        ["sam-task"] = WheelItemKind.WorkEnvironmentTask,
        ["decision"] = WheelItemKind.Decision,
        ["internal-control"] = WheelItemKind.InternalControl,
    };

    /// <summary>
    /// The item kind of a grain key; <see cref="WheelItemKind.InternalControl"/> stands for the whole plan (its controls,
    /// adoption and follow-up).
    /// </summary>
    /// <exception cref="ArgumentException">The key is not of a grain with reminders.</exception>
    public static WheelItemKind Of(string grainKey) =>
        TryOf(grainKey, out var kind) ? kind : throw new ArgumentException($"'{grainKey}' is not the key of a grain with reminders.", nameof(grainKey));

    /// <summary>Whether <paramref name="grainKey"/> is of a grain with reminders, and which kind.</summary>
    public static bool TryOf(string grainKey, out WheelItemKind kind)
    {
        var parts = grainKey.Split('/', 3);
        kind = default;
        return parts.Length == 3 && parts[2].Length > 0 && Kinds.TryGetValue(parts[1], out kind);
    }
}
