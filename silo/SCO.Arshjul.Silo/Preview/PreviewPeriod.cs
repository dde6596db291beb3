using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// A checked preview request: the organisation and the days <see cref="From"/> to <see cref="To"/> (Europe/Stockholm).
/// The wheel runs from now (<see cref="RunStart"/>: what happens before the period, such as a kallelse sent in December
/// for a meeting in January, shapes what is sent in it) to <see cref="End"/>, the midnight after the last day; what falls
/// due from <see cref="Start"/>, the later of the first day's midnight and now, is listed.
/// </summary>
public sealed record PreviewPeriod(OrganisationDefinition Organisation, LocalDate From, LocalDate To, Instant RunStart, Instant Start, Instant End)
{
    /// <summary>The longest period, and how far ahead of today a preview reaches, in years: longer would run long and say little.</summary>
    public const int MaxYears = 2;

    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    /// <summary>The years from now to the period's end: each one's wheel is generated for the preview.</summary>
    public IReadOnlyList<int> Years
    {
        get
        {
            var first = RunStart.InZone(Stockholm).Year;
            return [.. Enumerable.Range(first, To.Year - first + 1)];
        }
    }

    /// <summary>Checks <paramref name="request"/> against <paramref name="configuration"/> at <paramref name="now"/>.</summary>
    /// <exception cref="PreviewRequestException">The request cannot be run; nothing was.</exception>
    public static PreviewPeriod Check(PreviewRequest request, ArshjulConfiguration configuration, Instant now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(configuration);
        var organisation = OrganisationOf(request.Organisation, configuration);
        var from = DateOf(request.From, "from", "från") ?? now.InZone(Stockholm).Date;
        var to = DateOf(request.To, "to", "till") ?? new LocalDate(from.Year, 12, 31);
        if (from.Year < 2000 || to.Year > 2100)
        {
            throw new PreviewRequestException("period.out-of-range", "Perioden måste ligga mellan år 2000 och 2100.", "The period must lie between the years 2000 and 2100.");
        }

        if (from > to)
        {
            throw new PreviewRequestException(
                "period.reversed", $"Från ({Iso(from)}) är efter till ({Iso(to)}).", $"The first day (from, {Iso(from)}) is after the last (to, {Iso(to)}).");
        }

        if (to >= from.PlusYears(MaxYears))
        {
            throw new PreviewRequestException(
                "period.too-long",
                $"Perioden får vara högst {MaxYears} år: {Iso(from)} till {Iso(to)} är längre.",
                $"The period may be at most {MaxYears} years: {Iso(from)} to {Iso(to)} is longer.");
        }

        var today = now.InZone(Stockholm).Date;
        if (to >= today.PlusYears(MaxYears))
        {
            throw new PreviewRequestException(
                "period.too-far",
                $"Förhandsvisningen räcker högst {MaxYears} år framåt, till och med {Iso(today.PlusYears(MaxYears).PlusDays(-1))}.",
                $"A preview reaches at most {MaxYears} years ahead, up to {Iso(today.PlusYears(MaxYears).PlusDays(-1))}.");
        }

        var start = Max(from.AtStartOfDayInZone(Stockholm).ToInstant(), now);
        var end = to.PlusDays(1).AtStartOfDayInZone(Stockholm).ToInstant();
        if (start >= end)
        {
            throw new PreviewRequestException(
                "period.past", $"Perioden {Iso(from)} till {Iso(to)} har redan passerat.", $"The period {Iso(from)} to {Iso(to)} is already past.");
        }

        return new PreviewPeriod(organisation, from, to, now, start, end);
    }

    private static OrganisationDefinition OrganisationOf(string? id, ArshjulConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new PreviewRequestException("organisation.required", "Ange organisationen (--org).", "Give the organisation (--org).");
        }

        return configuration.Organisations.FirstOrDefault(o => o.Id == id) ?? throw new PreviewRequestException(
            "organisation.unknown",
            $"Organisationen '{id}' finns inte i konfigurationen (kända: {string.Join(", ", configuration.Organisations.Select(o => o.Id))}).",
            $"No organisation '{id}' is configured (known: {string.Join(", ", configuration.Organisations.Select(o => o.Id))}).");
    }

    private static LocalDate? DateOf(string? text, string field, string swedishField)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        return parsed.Success ? parsed.Value : throw new PreviewRequestException(
            $"{field}.invalid",
            $"'{text}' är inget datum ({swedishField}): skriv det som ÅÅÅÅ-MM-DD, t.ex. 2027-01-31.",
            $"'{text}' is not a date ({field}): write it as yyyy-MM-dd, e.g. 2027-01-31.");
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
