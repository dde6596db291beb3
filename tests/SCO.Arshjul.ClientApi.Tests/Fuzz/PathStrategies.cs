using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>Broken addresses: another organisation, ids that name nothing or try to leave the route, bad years and query values, periods at the calendar's edges.</summary>
internal static partial class PathStrategies
{
    private const string Org = "org";
    private const string Year = "year";

    /// <summary>The odd texts that make a path segment something else: without NUL (see <see cref="FuzzValues"/>), not blank (a blank tail may be trimmed).</summary>
    private static readonly string[] OddSegments =
        [.. FuzzValues.OddTexts.Select(t => t.Replace("\0", string.Empty, StringComparison.Ordinal)).Where(t => !string.IsNullOrWhiteSpace(t))];

    public static IEnumerable<FuzzStrategy> All { get; } =
    [
        new("foreign-org", FuzzStage.Defect, 6, o => o.Path.Any(p => p.Name == Org), (d, r) =>
        {
            d.PathValues[Org] = Pick(FuzzValues.ForeignOrganisations, r);
            return true;
        }),
        new("unknown-id", FuzzStage.Defect, 8, HasId, (d, r) =>
        {
            d.PathValues[Id(d, r)] = r.Next(3) == 0 ? $"fuzz-{r.Next():x8}" : Pick(FuzzValues.UnknownIds, r);
            return true;
        }),
        new("traversal-id", FuzzStage.Field, 4, o => o.Path.Count > 0, (d, r) =>
        {
            d.PathValues[Pick(d.PathValues.Keys.Order(StringComparer.Ordinal).ToList(), r)] = Pick(FuzzValues.TraversalIds, r);
            return false;
        }, Reroutes: true),
        new("long-id", FuzzStage.Defect, 3, HasId, (d, r) =>
        {
            var id = Id(d, r);
            d.PathValues[id] = Long(d.PathValues[id], r);
            return true;
        }),
        new("odd-id", FuzzStage.Defect, 5, HasId, (d, r) =>
        {
            var id = Id(d, r);
            // Appended to a valid id: an odd id alone may name what an accepted request created (a decision's reference).
            d.PathValues[id] += Uri.EscapeDataString(Pick(OddSegments, r));
            return true;
        }),
        new("bad-year", FuzzStage.Defect, 5, o => o.Path.Any(p => p.Name == Year), (d, r) =>
        {
            d.PathValues[Year] = Pick(FuzzValues.BadYears, r);
            return true;
        }),
        new("bad-query", FuzzStage.Field, 8, o => o.Query.Count > 0, (d, r) =>
        {
            var name = Pick(d.Operation.Query, r).Name;
            d.Query.RemoveAll(q => q.Key == name);
            d.Query.Add(KeyValuePair.Create(name, r.Next(8) switch
            {
                0 => Uri.EscapeDataString(Pick(FuzzValues.OddTexts, r)),
                1 => Long("x", r),
                2 => Uri.EscapeDataString(Pick(FuzzValues.InvalidDates, r)),
                3 => FuzzValues.ExtremeDay(r),
                _ => Pick(FuzzValues.BadQueryValues, r),
            }));
            return false;
        }),
        new("extreme-period", FuzzStage.Field, 4, o => o.Query.Count > 0, (d, r) =>
        {
            // Every query value that is a date (from, to …) on one day at an edge of the calendar.
            var day = FuzzValues.ExtremeDay(r);
            foreach (var field in d.Operation.Query.Where(q => IsoDay().IsMatch(d.Targets.QueryValue(q, r))))
            {
                d.Query.RemoveAll(q => q.Key == field.Name);
                d.Query.Add(KeyValuePair.Create(field.Name, day));
            }

            return false;
        }),
        new("repeated-query", FuzzStage.Field, 3, o => o.Query.Count > 0, (d, r) =>
        {
            var name = Pick(d.Operation.Query, r).Name;
            d.Query.Add(KeyValuePair.Create(name, Pick(FuzzValues.BadQueryValues, r)));
            d.Query.Add(KeyValuePair.Create(name, "1"));
            return false;
        }),
        new("unknown-query", FuzzStage.Field, 2, _ => true, (d, r) =>
        {
            d.Query.Add(KeyValuePair.Create(Uri.EscapeDataString(Pick(FuzzValues.ExtraNames, r)), Pick(FuzzValues.BadQueryValues, r)));
            return false;
        }),
    ];

    private static bool HasId(ApiOperation operation) => operation.Path.Any(p => p.Name != Org);

    /// <summary>A path parameter other than the organisation.</summary>
    private static string Id(RequestDraft draft, Random random) =>
        Pick(draft.PathValues.Keys.Where(k => k != Org).Order(StringComparer.Ordinal).ToList(), random);

    /// <summary>Between 300 and 60,000 characters (a URI holds about 65,000), starting with <paramref name="start"/>.</summary>
    private static string Long(string start, Random random)
    {
        var length = random.Next(3) switch { 0 => 300, 1 => 5000, _ => 60_000 };
        var text = new StringBuilder(start, length + start.Length);
        while (text.Length < length)
        {
            text.Append(random.Next(4) == 0 ? "%C3%A5" : ((char)('a' + random.Next(26))).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    internal static T Pick<T>(IReadOnlyList<T> values, Random random) => values[random.Next(values.Count)];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDay();
}
