using Microsoft.AspNetCore.Http.HttpResults;

namespace SCO.Arshjul.ClientApi.Api;

/// <summary>Checks of request bodies before any grain is called: a missing field or oversize text is a 400 naming the field, in Swedish.</summary>
internal static class RequestRules
{
    /// <summary>The first problem, or null.</summary>
    public static ProblemHttpResult? First(params ProblemHttpResult?[] problems) => problems.FirstOrDefault(p => p is not null);

    /// <summary>A problem when <paramref name="value"/> is blank or longer than <see cref="ApiEndpoints.MaxTextLength"/>.</summary>
    public static ProblemHttpResult? Required(string? value, string field, string label) =>
        string.IsNullOrWhiteSpace(value) ? Invalid($"{field}.required", $"{label} ({field}) saknas.") : Length(value, field, label);

    /// <summary>A problem when <paramref name="value"/> is longer than <see cref="ApiEndpoints.MaxTextLength"/>.</summary>
    public static ProblemHttpResult? Length(string? value, string field, string label) =>
        value is { Length: > ApiEndpoints.MaxTextLength }
            ? Invalid($"{field}.too-long", $"{label} ({field}) får vara högst {ApiEndpoints.MaxTextLength} tecken.")
            : null;

    /// <summary>A 400 problem with <paramref name="code"/>.</summary>
    public static ProblemHttpResult Invalid(string code, string detail) =>
        (ProblemHttpResult)GovernanceProblems.Result(StatusCodes.Status400BadRequest, "Ogiltig begäran", code, detail);
}
