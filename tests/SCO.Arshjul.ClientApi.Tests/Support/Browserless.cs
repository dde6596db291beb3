using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SCO.Arshjul.ClientApi.Tests.Support;

/// <summary>Drives the pages over HTTP like a browser without JavaScript: forms with their antiforgery token, cookies kept.</summary>
public static partial class Browserless
{
    /// <summary>A cookie-keeping client that does not follow redirects.</summary>
    public static HttpClient Client(ArshjulWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>GETs <paramref name="path"/> and POSTs its form with <paramref name="fields"/> and the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {path}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(path, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    /// <summary>Signs <paramref name="email"/> in through the link mailed to the file outbox; returns the signed-in client.</summary>
    public static async Task<HttpClient> SignInAsync(ArshjulWebFactory factory, string email)
    {
        var client = Client(factory);
        var request = await SubmitAsync(client, "/inloggning", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);
        await factory.DispatchAsync();
        var link = LinkIn(factory.OutboxDirectory, email);
        var signedIn = await SubmitAsync(client, link.PathAndQuery, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/mina-sidor", signedIn.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>The sign-in link in the newest .eml to <paramref name="email"/> in the outbox directory.</summary>
    public static Uri LinkIn(string outboxDirectory, string email)
    {
        var mail = Directory.GetFiles(outboxDirectory, "*.eml")
            .Select(f => (File: f, Text: File.ReadAllText(f)))
            .Where(m => m.Text.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Text.Contains("inloggning", StringComparison.Ordinal))
            .OrderBy(m => File.GetLastWriteTimeUtc(m.File))
            .Last().Text;
        var unfolded = Regex.Replace(mail, "=\r?\n", string.Empty);
        var link = SignInLink().Match(unfolded);
        Assert.True(link.Success, "no sign-in link in the mail");
        return new Uri(link.Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"http://localhost/inloggning/[^\s""<>]+")]
    private static partial Regex SignInLink();
}
