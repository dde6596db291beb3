using NodaTime;

namespace SCO.Arshjul.Grains.AnnualWheel;

/// <summary>An activity that falls due in a queried interval, with its item's current status.</summary>
/// <param name="Activity">The activity as planned by the wheel.</param>
/// <param name="DueAt">
/// When it falls due: a meeting's current start (after any reschedule); the start of the due date in Europe/Stockholm
/// for other kinds.
/// </param>
/// <param name="Status">The item's current status, the name of its status enum (e.g. <c>MinutesApproved</c>,
/// <c>Open</c>, <c>Completed</c>, <c>Adopted</c>, <c>Deviation</c>, <c>NotChecked</c>).</param>
/// <param name="IsDone">True when nothing more is expected of the item (minutes approved, cancelled, completed,
/// adopted, checked, or the follow-up's controls all checked).</param>
public sealed record WheelDueItem(WheelActivity Activity, Instant DueAt, string Status, bool IsDone);
