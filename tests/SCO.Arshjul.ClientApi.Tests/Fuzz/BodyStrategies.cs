using SCO.Arshjul.ClientApi.Tests.Support;
using static SCO.Arshjul.ClientApi.Tests.Fuzz.PathStrategies;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>Broken or odd body properties: wrong types, huge texts, invalid and extreme dates, odd Unicode, missing, null, extra and duplicate properties.</summary>
internal static class BodyStrategies
{
    private static readonly FieldType[] Texts = [FieldType.Text, FieldType.TextList];
    private static readonly FieldType[] Times = [FieldType.LocalDate, FieldType.LocalDateTime, FieldType.Instant];
    private static readonly string[] OtherOrganisations = ["other", "annan-forbund", "SCO", "sco2"];

    /// <summary>
    /// Mebibyte strings as JSON, made once (making them for every request took most of the campaign's time): one letter;
    /// å, raw (two bytes each) and escaped (six); combining marks, emoji and direction overrides over and over.
    /// </summary>
    private static readonly Lazy<string[]> HugeJson = new(() =>
    [
        JsonText.Quote(new string('x', FuzzValues.Huge)),
        JsonText.Quote(new string('å', FuzzValues.Huge)),
        JsonText.Quote(new string('å', FuzzValues.Huge), asciiOnly: true),
        JsonText.Quote(Repeat("e\u0301\u0301\u0301"), asciiOnly: true),
        JsonText.Quote(Repeat("\U0001F469\u200D\U0001F469\u200D\U0001F467")),
        JsonText.Quote(Repeat("\u202Eabc\u200B\u202C")),
    ]);

    /// <summary>A list of 100,000 valid body ids (about 1.2 MB): far past any list's limit.</summary>
    private static readonly Lazy<string> HugeList = new(() => "[" + string.Join(",", Enumerable.Repeat(JsonText.Quote("styrelse"), 100_000)) + "]");

    public static IEnumerable<FuzzStrategy> All { get; } =
    [
        new("wrong-type", FuzzStage.Defect, 10, HasBody, (d, r) =>
        {
            var field = Pick(d.BodyFields(), r);
            d.Set(field.Name, Pick(WrongTypes(field.Type), r));
            return field.Bound;
        }),
        new("huge-string", FuzzStage.Defect, 3, o => HasFields(o, Texts), (d, r) =>
        {
            var field = Pick(d.BodyFields(Texts), r);
            var huge = Pick(HugeJson.Value, r);
            d.Set(field.Name, field.Type != FieldType.TextList ? huge : r.Next(3) == 0 ? HugeList.Value : $"[{huge}]");
            return field.Bound;
        }),
        new("foreign-key", FuzzStage.Defect, 4, o => HasFields(o, Texts), (d, r) =>
        {
            // Another organisation's id in the body: a key (sco/meeting/…) of another organisation must be refused; in a
            // name or a title it is only text.
            var field = Pick(d.BodyFields(Texts), r);
            var value = d.Fields!.FirstOrDefault(p => p.Key == field.Name).Value ?? "\"x\"";
            var start = value.StartsWith("[\"", StringComparison.Ordinal) ? 2 : value.StartsWith('"') ? 1 : -1;
            if (start < 0)
            {
                return false;
            }

            var key = value[start..].StartsWith(TestPeople.Org + "/", StringComparison.Ordinal);
            var other = Pick(OtherOrganisations, r);
            d.Set(field.Name, value[..start] + other + "/" + (key ? value[(start + TestPeople.Org.Length + 1)..] : value[start..]));
            return key;
        }),
        new("invalid-date", FuzzStage.Defect, 8, o => HasFields(o, Times), (d, r) =>
        {
            var field = Pick(d.BodyFields(Times), r);
            d.Set(field.Name, JsonText.Quote(Pick(field.Type switch
            {
                FieldType.LocalDate => FuzzValues.InvalidDates,
                FieldType.LocalDateTime => FuzzValues.InvalidLocalDateTimes,
                _ => FuzzValues.InvalidInstants,
            }, r)));
            return field.Bound;
        }),
        new("extreme-date", FuzzStage.Field, 6, o => HasFields(o, Times), (d, r) =>
        {
            var day = FuzzValues.ExtremeDay(r);
            var fields = d.BodyFields(Times);
            for (var i = 0; i < fields.Count; i++)
            {
                // All on one day, in order (start before end), or one field at an edge of its type.
                var time = $"{day}T{9 + i:00}:00:00";
                d.Set(fields[i].Name, JsonText.Quote(fields[i].Type switch
                {
                    FieldType.LocalDate => day,
                    FieldType.LocalDateTime => r.Next(4) == 0 ? Pick(FuzzValues.ExtremeLocalDateTimes, r) : time,
                    _ => r.Next(4) == 0 ? Pick(FuzzValues.ExtremeInstants, r) : time + "Z",
                }));
            }

            return false;
        }),
        new("odd-unicode", FuzzStage.Field, 8, o => HasFields(o, Texts), (d, r) =>
        {
            foreach (var field in d.BodyFields(Texts).Where(_ => r.Next(2) == 0).DefaultIfEmpty(Pick(d.BodyFields(Texts), r)))
            {
                var odd = r.Next(3) == 0 ? Pick(FuzzValues.OddJsonStrings, r) : JsonText.Quote(Pick(FuzzValues.OddTexts, r), asciiOnly: r.Next(2) == 0);
                d.Set(field.Name, field.Type == FieldType.TextList ? $"[{odd}]" : odd);
            }

            return false;
        }),
        new("missing-field", FuzzStage.Field, 5, HasBody, (d, r) =>
        {
            d.Fields!.RemoveAt(r.Next(d.Fields.Count));
            return false;
        }),
        new("null-field", FuzzStage.Field, 3, HasBody, (d, r) =>
        {
            d.Set(Pick(d.BodyFields(), r).Name, "null");
            return false;
        }),
        new("extra-field", FuzzStage.Field, 4, o => o.Body is not null, (d, r) =>
        {
            var known = d.BodyFields().Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < 1 + r.Next(4); i++)
            {
                var name = Pick(FuzzValues.ExtraNames, r);
                d.Fields!.Add(KeyValuePair.Create(known.Contains(name) ? $"{name}-extra" : name, Pick(FuzzValues.JsonOfEveryType, r)));
            }

            return false;
        }),
        new("duplicate-key", FuzzStage.Field, 3, HasBody, (d, r) =>
        {
            var name = d.Fields!.Count > 0 ? Pick(d.Fields, r).Key : Pick(d.BodyFields(), r).Name;
            d.Fields.Add(KeyValuePair.Create(name, Pick(FuzzValues.JsonOfEveryType, r)));
            return false;
        }),
    ];

    private static bool HasBody(ApiOperation operation) => operation.Body is { Count: > 0 };

    private static bool HasFields(ApiOperation operation, FieldType[] types) => operation.Body?.Any(f => types.Contains(f.Type)) == true;

    /// <summary>JSON values that are not of <paramref name="type"/> (and not null, which is a missing value, not a wrong one).</summary>
    private static string[] WrongTypes(FieldType type) => type switch
    {
        FieldType.Text => ["42", "-0", "1.5", "1e400", "true", "false", "{}", "{\"a\":1}", "[]", "[\"a\"]"],
        FieldType.TextList => ["42", "true", "{}", "\"styrelse\"", "[1]", "[true]", "[{}]", "[[]]", "[\"a\",[\"b\"]]"],
        FieldType.Integer => ["\"x\"", "1.5", "1e400", "true", "{}", "[]", "99999999999"],
        FieldType.Boolean => ["1", "0", "\"true\"", "\"ja\"", "{}", "[]"],
        _ => ["42", "1767225600", "-1", "true", "{}", "[]", "[\"2026-12-01\"]", "{\"year\":2026,\"month\":12,\"day\":1}"],
    };

    private static string Repeat(string unit) => string.Concat(Enumerable.Repeat(unit, (FuzzValues.Huge / unit.Length) + 1))[..FuzzValues.Huge];
}
