using System.Globalization;
using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel.Planning;

namespace SCO.Arshjul.Notifications.Dispatching;

/// <summary>The Swedish subject and body of a person's reminders of one day, combined into one message.</summary>
internal static class CombinedReminderText
{
    private const string Separator = "----------------------------------------";

    /// <summary>"Påminnelser 12 mars 2025: 3 ärenden".</summary>
    public static string Subject(LocalDate date, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"Påminnelser {Date(date)}: {count} ärenden");

    /// <summary>A greeting, the list of items, then each reminder's own subject and text in turn.</summary>
    public static string Body(Recipient recipient, LocalDate date, IReadOnlyList<Notification> parts)
    {
        var lines = new List<string>
        {
            $"Hej {recipient.Name}!",
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"Här är dina {parts.Count} påminnelser för {Date(date)}:"),
            string.Empty,
        };
        lines.AddRange(parts.Select((part, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {part.ItemTitle}")));
        for (var i = 0; i < parts.Count; i++)
        {
            lines.AddRange([string.Empty, Separator, string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {parts[i].Subject}"), string.Empty]);
            lines.Add(parts[i].Body.TrimEnd());
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>"12 mars 2025".</summary>
    private static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {SwedishNames.Months[date.Month - 1]} {date.Year}");
}
