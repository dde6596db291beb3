namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>Which day within a month.</summary>
public abstract record DaySpec;
