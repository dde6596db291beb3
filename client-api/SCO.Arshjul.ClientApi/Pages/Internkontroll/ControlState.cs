namespace SCO.Arshjul.ClientApi.Pages.Internkontroll;

/// <summary>Where a control stands today, for marking it on the pages.</summary>
public enum ControlState
{
    /// <summary>Not checked; due later than <see cref="ControlPlanYear.DueSoonDays"/> days from today.</summary>
    Later,

    /// <summary>Not checked; due within <see cref="ControlPlanYear.DueSoonDays"/> days.</summary>
    DueSoon,

    /// <summary>Not checked after its due date.</summary>
    Overdue,

    /// <summary>Checked off (ok or avvikelse).</summary>
    Checked,
}
