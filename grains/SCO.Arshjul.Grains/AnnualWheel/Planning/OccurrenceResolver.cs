using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Calendar;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>The dates of each activity in a year: the year file's pins if it has any, else its rule, moved off non-working days.</summary>
internal sealed class OccurrenceResolver(int year, IReadOnlyDictionary<string, ActivityPins> pins)
{
    private readonly Dictionary<string, IReadOnlyList<LocalDate>> meetingDates = [];

    /// <summary>The occurrences of <paramref name="activity"/>; meetings must be resolved before rules that refer to them.</summary>
    public IReadOnlyList<Occurrence> Resolve(ActivityTemplate activity)
    {
        var occurrences = pins.TryGetValue(activity.Id, out var pinned)
            ? [.. pinned.Occurrences.Select(p => new Occurrence(CheckPinned(p.Date, activity.Id), p)).OrderBy(o => o.Date)]
            : FromRule(activity);

        var duplicate = occurrences.GroupBy(o => o.Date).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new WheelPlanningException(
                $"'{activity.Id}' falls twice on {duplicate.Key:yyyy-MM-dd} (the id {duplicate.Key:yyyy-MM-dd}-{activity.Id} would not be unique)",
                activity.Id, duplicate.Key);
        }

        if (activity.Kind == ActivityKind.Meeting)
        {
            meetingDates[activity.Id] = [.. occurrences.Select(o => o.Date)];
        }

        return occurrences;
    }

    /// <summary>One date from a rule that must give exactly one (adoption, follow-up, a control's due date).</summary>
    public LocalDate Single(RecurrenceRule rule, string what, string activityId)
    {
        var dates = Evaluate(rule, activityId);
        return dates.Count == 1
            ? Shift(dates[0])
            : throw new WheelPlanningException($"{what}: the rule gives {dates.Count} dates in {year}, not exactly one", activityId);
    }

    /// <summary>Throws unless a pinned date lies in the plan's year on a working day: pins are taken as written.</summary>
    public LocalDate CheckPinned(LocalDate date, string activityId)
    {
        if (date.Year != year)
        {
            throw new WheelPlanningException($"'{activityId}': pinned date {date:yyyy-MM-dd} is not in {year}", activityId, date);
        }

        return WorkingDays.ReasonNotWorking(date) is { } reason
            ? throw new WheelPlanningException($"'{activityId}': pinned date {date:yyyy-MM-dd} is not a working day ({reason})", activityId, date)
            : date;
    }

    private List<Occurrence> FromRule(ActivityTemplate activity)
    {
        if (activity.When is null)
        {
            throw new WheelPlanningException($"'{activity.Id}' has neither a rule nor pinned dates", activity.Id);
        }

        if (activity.Kind == ActivityKind.Meeting && activity.When is SameDayAsMeetingRule)
        {
            throw new WheelPlanningException($"meeting '{activity.Id}' cannot take its dates from another meeting", activity.Id);
        }

        return [.. Evaluate(activity.When, activity.Id).Select(d => new Occurrence(Shift(d), null))];
    }

    /// <summary>Evaluates a rule, blaming <paramref name="activityId"/> (the referrer, not the meeting it refers to) for its errors.</summary>
    private IReadOnlyList<LocalDate> Evaluate(RecurrenceRule rule, string activityId)
    {
        try
        {
            return RuleEvaluator.Evaluate(rule, year, MeetingDatesOf);
        }
        catch (WheelPlanningException error) when (error.ActivityId != activityId)
        {
            throw new WheelPlanningException($"'{activityId}': {error.Message}", activityId);
        }
    }

    private IReadOnlyList<LocalDate>? MeetingDatesOf(string activityId) => meetingDates.GetValueOrDefault(activityId);

    /// <summary>
    /// To the working day before (DOMAIN.md); if that leaves the year (1 January → 30 December), to the working
    /// day after instead, so that every date of a year's plan lies in that year.
    /// </summary>
    private LocalDate Shift(LocalDate date)
    {
        var before = WorkingDays.OnOrBefore(date);
        return before.Year == year ? before : WorkingDays.OnOrAfter(date);
    }
}
