using System.Net;
using System.Text.Json;

namespace SCO.Arshjul.ClientApi.Tests.Authorization;

/// <summary>Assertions on the API's problem+json answers.</summary>
public static class Problems
{
    /// <summary>Asserts that <paramref name="response"/> is a problem+json with <paramref name="status"/> and <paramref name="code"/>; returns it.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
