using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;

namespace SCO.Arshjul.Notifications.Reminders.Policy;

/// <summary>
/// What is due when (<c>config/reminders.yaml</c>): per kind of item, how many days before (or after) it a reminder
/// fires, and at what local time. A reminder that falls on a weekend or a Swedish holiday moves to the working day
/// before.
/// </summary>
/// <param name="At">The local time reminders fire at; default 09:00.</param>
/// <param name="TimeZoneId">The zone of <paramref name="At"/> (TZDB id); default Europe/Stockholm.</param>
/// <param name="InternalControls">For each control, the plan's adoption and its tertial-2 follow-up.</param>
public sealed record ReminderPolicy(
    LocalTime At,
    string TimeZoneId,
    MeetingReminderPolicy Meetings,
    DueReminderPolicy Decisions,
    DueReminderPolicy InternalControls,
    DueReminderPolicy WorkEnvironmentTasks,
    DeadlineReminderPolicy Deadlines)
{
    /// <summary>The zone where the governance year is lived.</summary>
    public const string StockholmZoneId = "Europe/Stockholm";

    /// <summary>Every default: 09:00 Europe/Stockholm, <see cref="MeetingReminderPolicy.Default"/> and <see cref="DueReminderPolicy.Default"/>.</summary>
    public static ReminderPolicy Default { get; } = new(
        new LocalTime(9, 0),
        StockholmZoneId,
        MeetingReminderPolicy.Default,
        DueReminderPolicy.Default,
        DueReminderPolicy.Default,
        DueReminderPolicy.Default,
        DeadlineReminderPolicy.AllDefault);

    /// <summary>The zone of <see cref="TimeZoneId"/>.</summary>
    /// <exception cref="NodaTime.TimeZones.DateTimeZoneNotFoundException">The id is not a TZDB zone.</exception>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>The policy for a due-dated item of <paramref name="kind"/> (a deadline also by its <paramref name="category"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is a meeting (see <see cref="Meetings"/>).</exception>
    public DueReminderPolicy ForDue(WheelItemKind kind, DeadlineCategory? category = null) => kind switch
    {
        WheelItemKind.Decision => Decisions,
        WheelItemKind.WorkEnvironmentTask => WorkEnvironmentTasks,
        WheelItemKind.Deadline => Deadlines.For(category ?? DeadlineCategory.Other),
        WheelItemKind.InternalControl or WheelItemKind.InternalControlAdoption or WheelItemKind.InternalControlFollowUp => InternalControls,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a meeting's reminders are in Meetings"),
    };
}
