namespace SCO.Arshjul.ClientApi.Hosting;

/// <summary>Prints where the UI is and how to sign in the first time, once the app listens.</summary>
internal static class StartupBanner
{
    public static void Register(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var url = app.Urls.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine($"SCO.Arshjul körs på {url}");
        Console.WriteLine("Logga in med en registrerad e-postadress (t.ex. förbundschefens i config/organisations/); länken hamnar i data/outbox/ (eller i Outlook med Microsoft Graph).");
    });
}
