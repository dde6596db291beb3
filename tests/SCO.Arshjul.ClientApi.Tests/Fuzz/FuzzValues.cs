namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// The bad and odd values the generator draws from. Path values are written as they go on the wire (already
/// percent-encoded where that is the point); texts as .NET strings; JSON values as raw JSON.
/// </summary>
internal static class FuzzValues
{
    /// <summary>One mebibyte: the length of a huge string.</summary>
    public const int Huge = 1 << 20;

    /// <summary>Texts a person could paste: direction overrides, zero-width and control characters, combining marks, emoji, injections.</summary>
    public static readonly string[] OddTexts =
    [
        "\u202Eevil.exe\u202C",
        "a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060",
        "nul\0inside",
        "\0",
        "e" + new string('\u0301', 300),
        "Z\u0351\u0352\u0357\u0358\u035Ba\u0363\u0364\u0365lgo",
        "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466\U0001F3F3\uFE0F\u200D\U0001F308",
        "\U0001D56C\U0001D597\U0001D598\U0001D58D\U0001D58F\U0001D59A\U0001D591",
        "\uFFFF\uFFFE\uFDD0",
        "line\u2028separator\u2029",
        "\t\r\n",
        " ",
        "\u00A0\u3000",
        "İıŞşßǅ",
        "<script>alert(1)</script>",
        "'; DROP TABLE arshjul_grain_state; --",
        "{{7*7}}${jndi:ldap://example.invalid/a}%s%n",
        "../../../../etc/passwd",
        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629 mixed \u05E2\u05D1\u05E8\u05D9\u05EA",
        "\u001B[31mred\u001B[0m\u0007\u0008",
    ];

    /// <summary>JSON string literals whose escapes decode to what UTF-8 cannot carry or a person cannot see.</summary>
    public static readonly string[] OddJsonStrings =
    [
        "\"\\ud800\"",
        "\"x\\udc00y\"",
        "\"\\ud83d\"",
        "\"\\udfff\\ud800\"",
        "\"a\\u0000b\"",
        "\"\\u202e\\u202d\\u2066\"",
        "\"\\uDBFF\\uDFFF\"",
        "\"\\\\\\/\\b\\f\\n\\r\\t\"",
    ];

    /// <summary>Byte sequences that are not UTF-8 (a lone continuation byte, an overlong NUL, an encoded surrogate, a cut sequence).</summary>
    public static readonly byte[][] InvalidUtf8 =
    [
        [0xFF],
        [0x80],
        [0xC0, 0x80],
        [0xED, 0xA0, 0x80],
        [0xE2, 0x82],
        [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    /// <summary>Dates no ISO reader takes: 31 February, month 13, day 0, year 0, other formats, words, a time.</summary>
    public static readonly string[] InvalidDates =
    [
        "2026-02-31", "2027-02-29", "2026-13-01", "2026-00-10", "2026-12-00", "2026-12-32", "0000-01-01", "2026-1-5", "20261201",
        "2026/12/01", "01.12.2026", "12/01/2026", "1 december 2026", "idag", "", " ", "2026-12-01T09:00:00", "2026-W49-1", "2026-335",
        "\uFF12\uFF10\uFF12\uFF16-\uFF11\uFF12-\uFF10\uFF11", "\u0662\u0660\u0662\u0666-\u0661\u0662-\u0660\u0661", "2026-12-01\u0000",
    ];

    /// <summary>Local date-times no ISO reader takes (24:00 it does), offsets and Z included (the API's local times have none).</summary>
    public static readonly string[] InvalidLocalDateTimes =
    [
        "2026-02-31T09:00:00", "2026-12-01T25:00:00", "2026-12-01T09:60:00", "2026-12-01T09:00:61",
        "2026-12-01 09:00:00", "2026-12-01T09:00:00Z", "2026-12-01T09:00:00+01:00", "2026-12-01T09:00:00.1234567891",
        "2026-12-01", "T09:00:00", "0000-01-01T00:00:00", "2026-12-01T9:00", "2026-12-01t09:00:00", "", "nu", "2026-12-01T09:00:00\u200B",
    ];

    /// <summary>Instants no ISO reader takes: no Z, an offset, 31 February, hour 24, seconds since 1970, words.</summary>
    public static readonly string[] InvalidInstants =
    [
        "2026-12-01T09:00:00", "2026-02-31T00:00:00Z", "2026-12-01T25:00:00Z", "1767225600", "2026-12-01", "i morgon", "",
        "2026-12-01T09:00:00ZZ", "2026-12-01T09:00:00+25:00",
    ];

    /// <summary>The first and last days a date type holds, and their neighbours (where a day more or less overflows).</summary>
    public static readonly string[] CalendarEdges = ["0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30"];

    /// <summary>Days that are edges of another kind: leap days, the DST changes, today and yesterday, the served years' ends.</summary>
    public static readonly string[] NotableDays =
    [
        "1582-10-10", "1900-02-28", "1970-01-01", "1999-12-31", "2000-02-29", "2028-02-29", "2100-12-31", "2101-01-01", "2027-03-28",
        "2026-10-25", "2026-11-23", "2026-11-22", "2026-12-31", "2027-01-01",
    ];

    /// <summary>A calendar edge in half the draws, else a notable day.</summary>
    public static string ExtremeDay(Random random) =>
        random.Next(2) == 0 ? CalendarEdges[random.Next(CalendarEdges.Length)] : NotableDays[random.Next(NotableDays.Length)];

    /// <summary>Whole values at the edges: the last nanosecond, the first instant, a time in the spring gap and one in the autumn overlap, 24:00 (ISO 8601's end of a day).</summary>
    public static readonly string[] ExtremeLocalDateTimes =
    [
        "9999-12-31T23:59:59.999999999", "0001-01-01T00:00:00", "2027-03-28T02:30:00", "2026-10-25T02:30:00", "2026-12-31T23:59:59",
        "2026-12-01T24:00:00",
    ];

    /// <summary>Instants at the edges: the first and last of the ISO years, now, a second ago, far in the future, 24:00.</summary>
    public static readonly string[] ExtremeInstants =
    [
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2026-11-23T08:00:00Z", "2026-11-23T07:59:59Z", "2999-01-01T00:00:00Z",
        "2026-12-01T24:00:00Z",
    ];

    /// <summary>JSON values of every type, for a field of another.</summary>
    public static readonly string[] JsonOfEveryType = ["42", "-0", "1.5", "1e400", "true", "false", "{}", "{\"a\":1}", "[]", "[1,2]", "\"text\""];

    /// <summary>Organisation ids that are not the caller's: another one, case and Unicode look-alikes, slashes, NUL, too long.</summary>
    public static readonly string[] ForeignOrganisations =
    [
        "other", "annan-forbund", "SCO", "Sco", "sco2", "sc%C3%B6", "sco%20", "%20sco", "sco%2Fother", "x", "-",
        new string('a', 41), "%E2%80%AEocs", "s%E2%80%8Bco", "%EF%BD%93%EF%BD%83%EF%BD%8F", "sco.", "sco%2E%2E",
    ];

    /// <summary>Ids that name nothing.</summary>
    public static readonly string[] UnknownIds =
    [
        "finns-inte", "0", "-1", "null", "undefined", "true", "%5B%5D", "%7B%7D", "NaN", "00000000-0000-0000-0000-000000000000",
        "2026-12-11-styrelsemote-x", "SC%C3%96%202026-999", "t0", "t999999", "t-1", "%20", "%09", "%E2%80%8B",
    ];

    // No NUL (%00) in path values: Kestrel refuses one with 400 before the app runs, and the test host cannot send it.

    /// <summary>Ids shaped like a way out of the route or a grain key: dots, encoded slashes and backslashes, NUL, broken escapes.</summary>
    public static readonly string[] TraversalIds =
    [
        "..", ".", "%2e%2e", "..%2F..%2F..%2Fadmin", "%2F", "a%2Fb", "sco%2Fmeeting%2F2026-12-11-styrelsemote", "other%2Fmeeting%2Fx",
        "..%5C..%5Cwindows", "%252e%252e%252f", "~", "*", "%", "%ZZ", "%C0%AE%C0%AE%C0%AF", "%2F%2F%2F", ";jsessionid=1",
    ];

    /// <summary>Years that are not one the API serves: out of range, signed, spaced, decimal, hex, other digits, overflowing.</summary>
    public static readonly string[] BadYears =
    [
        "0", "1999", "2101", "-2026", "%2B2026", "%202026", "2026%20", "20260", "2026.0", "2e3", "0x7EA", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96",
        "%D9%A2%D9%A0%D9%A2%D9%A6", "99999999999999999999", "MMXXVI", "2147483648", "-2147483649",
    ];

    /// <summary>Query values a number or a flag cannot take, and texts that should not matter.</summary>
    public static readonly string[] BadQueryValues =
    [
        "abc", "1.5", "1e2", "-1", "0", "99999999999", "2147483648", "%20", "1,2", "0x10", "%EF%BC%91", "yes", "2", "%00", "%", "%ZZ",
        "%E2%80%AE", "%F0%9F%92%A9", "null", "%5B%5D",
    ];

    /// <summary>Content types that are not JSON (or claim a charset the bytes are not in).</summary>
    public static readonly string[] WrongContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx",
        "application/json; charset=utf-16", "application/json; charset=nope", "text/json", "*/*", "application/octet-stream",
    ];

    /// <summary>Accept headers that name no JSON, refuse it, or are not media types at all.</summary>
    public static readonly string[] OddAccepts =
    [
        "text/html", "application/xml", "image/png", "text/calendar", "application/json;q=0", "*/*;q=0", "nonsense", "", "text/*, image/*",
        "application/problem+xml", ";;;,,,", "application/json; charset=utf-32",
    ];

    /// <summary>Authorization headers that are not a valid token of anyone.</summary>
    public static readonly string[] GarbageAuthorizations =
    [
        "Bearer ", "Bearer x", "Bearer sco.annika-westerlund.fel", "Bearer SCO.annika-westerlund.fel", "Bearer other.annika-westerlund.fel",
        "Bearer sco/x.y.z", "Bearer ..", "Bearer a.b.c.d.e.f", "Bearer sco..x", "Bearer " + new string('a', 100) + ".b.c",
        "Bearer sco.annika-westerlund." + new string('x', 100_000), "Basic dXNlcjpwYXNz", "Bearer\tsco.a.b", "Bearer %00.%00.%00",
        "Bearer sco.finns-inte.hemlig", "bearer sco.annika-westerlund.fel",
    ];

    /// <summary>Property names a body does not have, some of them the names of what the server keeps for itself.</summary>
    public static readonly string[] ExtraNames =
    [
        "id", "key", "version", "history", "actor", "organisation", "org", "__proto__", "constructor", "$type", "$id", "$ref",
        "parsedKind", "parsedStatus", "createdAt", "Title", "TITLE", "tïtle", "", " ", "\u0000", "a\u202Eb",
    ];
}
