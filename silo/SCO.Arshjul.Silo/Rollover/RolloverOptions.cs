using NodaTime;
using NodaTime.Text;

namespace SCO.Arshjul.Silo.Rollover;

/// <summary>
/// When the next year's wheel is made while the silo runs. Section <c>Wheel</c>; environment
/// <c>ARSHJUL_Wheel__NextYearFrom</c>.
/// </summary>
public sealed class RolloverOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Wheel";

    /// <summary>
    /// From this day of the year (<c>MM-dd</c>, default <c>11-01</c>) the next year's wheel is generated, so that the
    /// kallelser and deadlines of January are scheduled well before they are due.
    /// </summary>
    public string NextYearFrom { get; set; } = "11-01";

    /// <summary>Why <see cref="NextYearFrom"/> is refused, when it is.</summary>
    public const string Invalid = "Wheel:NextYearFrom is not a day of the year as MM-dd (e.g. 11-01; not 02-29).";

    /// <summary>Whether <see cref="NextYearFrom"/> is a day of the year that every year has.</summary>
    public bool IsValid => Parse() is not null;

    /// <summary><see cref="NextYearFrom"/> as a day of the year; throws <see cref="InvalidOperationException"/> when it is not one.</summary>
    public AnnualDate NextYearFromDate => Parse() ?? throw new InvalidOperationException($"{Invalid} Given: '{NextYearFrom}'.");

    /// <summary>The years whose wheels should exist on <paramref name="today"/>: its own, and the next one from <see cref="NextYearFrom"/>.</summary>
    public IReadOnlyList<int> YearsFor(LocalDate today) =>
        today >= NextYearFromDate.InYear(today.Year) ? [today.Year, today.Year + 1] : [today.Year];

    private AnnualDate? Parse() =>
        AnnualDatePattern.Iso.Parse(NextYearFrom ?? string.Empty) is { Success: true } parsed && parsed.Value != new AnnualDate(2, 29)
            ? parsed.Value
            : null;
}
