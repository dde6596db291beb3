using System.Globalization;
using System.Text.Json;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// One check-off the fault tests send: control <see cref="ControlId"/> of the plan of <see cref="Year"/>, by
/// <see cref="Person"/>, with a comment no other check-off has, so what is stored can be told apart from anything else.
/// </summary>
internal sealed record CheckOff(int Year, string ControlId, string Person, string Result, string Comment, string? EvidenceUrl, string? ActionNote)
{
    /// <summary>The API's route for it.</summary>
    public string Path => $"/api/v1/orgs/sco/internal-control/{Year.ToString(CultureInfo.InvariantCulture)}/controls/{ControlId}/check";

    /// <summary>The request body.</summary>
    public string Json => JsonSerializer.Serialize(new { result = Result, comment = Comment, evidenceUrl = EvidenceUrl, actionNote = ActionNote });

    /// <summary>The result as the API shows it.</summary>
    public string StoredResult => Result == "avvikelse" ? "deviation" : Result;

    public override string ToString() => $"{Year}/{ControlId}";

    /// <summary>
    /// Check-off number <paramref name="n"/> of control <paramref name="controlId"/>: every fifth a deviation with its
    /// action, every third with a link to its evidence; by one of <paramref name="people"/> in turn.
    /// </summary>
    public static CheckOff Number(int n, int year, string controlId, IReadOnlyList<string> people)
    {
        var deviation = n % 5 == 0;
        return new CheckOff(
            year,
            controlId,
            people[n % people.Count],
            deviation ? "avvikelse" : "ok",
            $"Felprov {n}: stickprov på kontrollen {controlId} {year} – åäö ✓",
            n % 3 == 0 ? $"https://example.org/underlag/{year}/{controlId}" : null,
            deviation ? $"Åtgärd {n}: rutinen ses över" : null);
    }
}
