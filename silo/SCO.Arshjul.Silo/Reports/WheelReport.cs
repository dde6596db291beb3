using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Silo.Reports;

/// <summary>The wheel and what falls due soon, as plain Swedish text for the console.</summary>
internal static class WheelReport
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("yyyy-MM-dd ddd");
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>Every activity of the year, month by month.</summary>
    public static string Wheel(string organisationName, int year, IReadOnlyList<WheelActivity> activities)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Årshjul {year} – {organisationName} ({activities.Count} aktiviteter)");
        foreach (var month in activities.GroupBy(a => DateOf(a).Month).OrderBy(g => g.Key))
        {
            var monthName = Swedish.DateTimeFormat.GetMonthName(month.Key);
            text.AppendLine(CultureInfo.InvariantCulture, $"\n  {char.ToUpper(monthName[0], Swedish)}{monthName[1..]}");
            foreach (var activity in month.OrderBy(DateOf).ThenBy(a => a.Start?.TimeOfDay))
            {
                text.AppendLine(Line(activity));
            }
        }

        return text.ToString();
    }

    /// <summary>What falls due between <paramref name="from"/> and <paramref name="to"/>, with each item's status.</summary>
    public static string Due(LocalDate from, LocalDate to, IReadOnlyList<WheelDueItem> due)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Förfaller {DatePattern.Format(from)} – {DatePattern.Format(to)} ({due.Count} st)");
        foreach (var item in due.OrderBy(d => d.DueAt))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Line(item.Activity)}  [{StatusLabels.For(item.Status)}]");
        }

        if (due.Count == 0)
        {
            text.AppendLine("    (inget)");
        }

        return text.ToString();
    }

    private static LocalDate DateOf(WheelActivity activity) => activity.Start?.Date ?? activity.Due!.Value;

    private static string Line(WheelActivity activity)
    {
        var when = activity.Start is { } start
            ? $"{DatePattern.Format(start.Date)} {TimePattern.Format(start.TimeOfDay)}–{TimePattern.Format(activity.End!.Value.TimeOfDay)}"
            : $"{DatePattern.Format(activity.Due!.Value)} senast     ";
        var bodies = activity.BodyIds.Count > 0 ? $" ({string.Join(", ", activity.BodyIds)})" : "";
        var assumed = activity.Assumed ? " *" : "";
        return $"    {when}  {KindLabel(activity.Kind),-16} {activity.Title}{bodies}{assumed}";
    }

    private static string KindLabel(WheelItemKind kind) => kind switch
    {
        WheelItemKind.Meeting => "möte",
        WheelItemKind.Deadline => "rapport/frist",
        WheelItemKind.WorkEnvironmentTask => "arbetsmiljö",
        WheelItemKind.InternalControlAdoption => "internkontroll",
        WheelItemKind.InternalControlFollowUp => "internkontroll",
        WheelItemKind.InternalControl => "kontroll",
        WheelItemKind.Decision => "beslut",
        _ => kind.ToString(),
    };
}
