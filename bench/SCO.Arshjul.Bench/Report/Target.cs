namespace SCO.Arshjul.Bench.Report;

/// <summary>A figure we aim for: at least or at most <see cref="Goal"/>, shown with <see cref="Format"/>.</summary>
public sealed record Target(string Name, double Goal, bool HigherIsBetter, Func<double, string> Format)
{
    public static Target AtLeast(string name, double goal, Func<double, string> format) => new(name, goal, true, format);

    public static Target AtMost(string name, double goal, Func<double, string> format) => new(name, goal, false, format);

    public string GoalText => $"{(HigherIsBetter ? "≥" : "≤")} {Format(Goal)}";

    public bool IsMet(double measured) => HigherIsBetter ? measured >= Goal : measured <= Goal;

    /// <summary>"met", or "missed by 23 % (… of …)".</summary>
    public string Verdict(double measured)
    {
        if (IsMet(measured))
        {
            return "**met**";
        }

        var shortfall = HigherIsBetter ? (Goal - measured) / Goal : (measured - Goal) / Goal;
        return $"**missed** by {shortfall:P0} ({Format(measured)} vs {GoalText})";
    }

    public TargetCheck Check(double measured) => new(Name, GoalText, Format(measured), IsMet(measured), Verdict(measured));
}

/// <summary>One target against its measured figure, for the summary.</summary>
public sealed record TargetCheck(string Name, string Goal, string Measured, bool Met, string Verdict);
