using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Notifications.Graph.Http;

namespace SCO.Arshjul.Notifications.Graph.Check;

/// <summary>
/// <c>arshjul graph check</c>: tries the Graph settings against Graph and says in plain words what is wrong. In turn:
/// the settings are complete; a token is issued (wrong tenant, client or secret are told apart); the token carries the
/// application permissions Calendars.ReadWrite and Mail.Send (and, recommended, Mail.Read); each organiser mailbox's calendar can be read (no such
/// mailbox, or the app is kept out of it by RBAC for Applications or an application access policy). Sends nothing.
/// </summary>
public static class GraphConfigurationCheck
{
    /// <summary>The application permissions the app needs.</summary>
    public static IReadOnlyList<string> RequiredPermissions { get; } = ["Calendars.ReadWrite", "Mail.Send"];

    /// <summary>
    /// Recommended: Mail.Read (or Mail.ReadWrite) lets a mail whose answer was lost be looked up in Sent Items instead of
    /// being sent again marked as a possible duplicate. Its absence is named but does not fail the check.
    /// </summary>
    public static IReadOnlyList<string> ReadPermissions { get; } = ["Mail.Read", "Mail.ReadWrite"];

    /// <summary>Runs the steps, stopping at the first that makes the next meaningless.</summary>
    /// <param name="credential">The credential to use; null builds it from <paramref name="options"/>.</param>
    public static async Task<IReadOnlyList<GraphCheckStep>> RunAsync(
        GraphOptions options,
        GraphCredential? credential,
        TimeProvider timeProvider,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var steps = new List<GraphCheckStep>();
        if (!options.IsConfigured)
        {
            steps.Add(new GraphCheckStep("Inställningar", false, $"Inga Graph-inställningar i {GraphOptions.SectionName}: utskicken går till filutkorgen."));
            return steps;
        }

        var errors = options.Errors();
        steps.Add(errors.Count == 0
            ? new GraphCheckStep("Inställningar", true, options.ToString())
            : new GraphCheckStep("Inställningar", false, string.Join(" ", errors)));
        if (errors.Count > 0)
        {
            return steps;
        }

        credential ??= GraphCredential.From(options);
        AccessToken token;
        try
        {
            token = await credential.Credential.GetTokenAsync(new TokenRequestContext([GraphClientBuilder.ScopeFor(options.BaseUrl)]), cancellationToken);
            steps.Add(new GraphCheckStep("Token", true, "Entra ID utfärdade en åtkomsttoken för appen."));
        }
        catch (AuthenticationFailedException e)
        {
            steps.Add(new GraphCheckStep("Token", false, TokenProblem(e.Message)));
            return steps;
        }

        var roles = RolesOf(token.Token);
        var missing = RequiredPermissions.Where(p => !roles.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
        var canRead = ReadPermissions.Any(p => roles.Contains(p, StringComparer.OrdinalIgnoreCase));
        steps.Add(missing.Count == 0
            ? new GraphCheckStep("Behörigheter", true, $"Appen har {string.Join(" och ", RequiredPermissions)}." + (canRead ? string.Empty : MailReadAdvice))
            : new GraphCheckStep(
                "Behörigheter",
                false,
                $"Appen saknar applikationsbehörigheten {string.Join(" och ", missing)}, eller så har en administratör inte godkänt den (Entra ID → Appregistreringar → API-behörigheter → Bevilja administratörsmedgivande)."));

        var client = GraphClientBuilder.Create(options, credential.Credential, timeProvider);
        foreach (var mailbox in new[] { options.Mailbox }.Concat(options.Mailboxes.Values).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            steps.Add(await MailboxStepAsync(client, mailbox, cancellationToken));
        }

        return steps;
    }

    private const string MailReadAdvice =
        " Rekommenderat: ge appen även Mail.Read, så att ett mejl vars svar från Graph uteblev kan letas upp bland Skickat i stället för att skickas igen märkt som möjlig dubblett.";

    private static async Task<GraphCheckStep> MailboxStepAsync(Microsoft.Graph.GraphServiceClient client, string mailbox, CancellationToken cancellationToken)
    {
        var title = $"Postlådan {mailbox}";
        try
        {
            await client.Users[mailbox].Calendar.GetAsync(r => r.QueryParameters.Select = ["id"], cancellationToken);
            return new GraphCheckStep(title, true, "Appen når postlådans kalender.");
        }
        catch (Exception e) when (GraphFailure.Of(e) is { } failure)
        {
            var detail = failure.Status switch
            {
                403 => "Appen får inte nå postlådan. Kontrollera att RBAC for Applications (eller en application access policy) ger appen åtkomst till just den här postlådan.",
                404 => "Postlådan finns inte, eller har ingen Exchange Online-licens. Kontrollera adressen i Mailbox.",
                401 => "Graph godtog inte token. Kontrollera TenantId och att appen har applikationsbehörigheter (inte delegerade).",
                _ => "Graph svarade med ett fel.",
            };
            return new GraphCheckStep(title, false, $"{detail} ({failure})");
        }
    }

    private static string TokenProblem(string message)
    {
        var detail = message switch
        {
            _ when message.Contains("AADSTS7000215", StringComparison.Ordinal) => "Klienthemligheten (ClientSecret) är fel.",
            _ when message.Contains("AADSTS7000222", StringComparison.Ordinal) => "Klienthemligheten (ClientSecret) har gått ut: skapa en ny i appregistreringen.",
            _ when message.Contains("AADSTS700016", StringComparison.Ordinal) => "Appen (ClientId) finns inte i katalogen (TenantId).",
            _ when message.Contains("AADSTS90002", StringComparison.Ordinal) => "Katalogen (TenantId) finns inte.",
            _ when message.Contains("AADSTS700027", StringComparison.Ordinal) => "Certifikatet är inte registrerat på appen, eller har gått ut.",
            _ => "Entra ID utfärdade ingen token.",
        };
        return $"{detail} ({message.Split('\n', 2)[0].Trim()})";
    }

    /// <summary>The <c>roles</c> claim of an app-only access token (read, not validated: Graph validates it).</summary>
    internal static IReadOnlyList<string> RolesOf(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length < 2)
        {
            return [];
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return json.RootElement.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
                ? [.. roles.EnumerateArray().Select(r => r.GetString()).OfType<string>()]
                : [];
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return [];
        }
    }
}
