using System.Text.Json;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>What is wrong with a 4xx answer as the API's problem+json: null when nothing.</summary>
public static class ProblemAnswer
{
    private static readonly string[] Required = ["title", "detail", "code"];

    /// <summary>application/problem+json; a JSON object with a title, a detail and a code; the response's status if it gives one.</summary>
    public static string? Defect(HttpResponseMessage response, string body, int status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType != "application/problem+json")
        {
            return $"content type {mediaType ?? "none"}";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var problem = document.RootElement;
            if (problem.ValueKind != JsonValueKind.Object)
            {
                return "not a JSON object";
            }

            var missing = Required.Where(name => !HasText(problem, name)).ToList();
            if (missing.Count > 0)
            {
                return $"no {string.Join(", no ", missing)}";
            }

            return problem.TryGetProperty("status", out var said) && said.ValueKind == JsonValueKind.Number && said.GetInt32() != status
                ? $"status {said.GetInt32()} in the body"
                : null;
        }
        catch (JsonException e)
        {
            return $"not JSON: {e.Message}";
        }
    }

    private static bool HasText(JsonElement problem, string name) =>
        problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());
}
