using System.Collections.Concurrent;
using Microsoft.Playwright;
using SCO.Arshjul.ClientApi.Tests.Support;

namespace SCO.Arshjul.Browser.Tests.Support;

/// <summary>
/// The web app on a real port (Kestrel, port 0) and headless Chromium (Debian's, at <c>ARSHJUL_TEST_CHROMIUM</c> or
/// <c>/usr/bin/chromium</c>; scripts/test.sh installs it). Screenshots go to the test output directory's
/// <c>screenshots/</c>. Mail goes to the factory's file outbox, delivered when a test calls <c>Factory.DispatchAsync()</c>.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _signedIn = new(StringComparer.OrdinalIgnoreCase);
    private IPlaywright? _playwright;

    public ArshjulWebFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseAddress = Factory.ClientOptions.BaseAddress;
        var executable = Environment.GetEnvironmentVariable("ARSHJUL_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}: run scripts/chromium.sh (scripts/test.sh does).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh browser context (own cookies) and page, phone-sized when <paramref name="phone"/>.</summary>
    public Task<IPage> NewPageAsync(bool phone = false) => NewPageAsync(phone, null);

    /// <summary>
    /// A fresh page of <paramref name="email"/>, already signed in: the first call per address signs in through the
    /// mailed link (<see cref="SignInAsync"/>), later calls reuse that sign-in's cookies.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string email, bool phone = false)
    {
        var signedIn = await _signedIn.GetOrAdd(email, e => new Lazy<Task<string>>(async () =>
        {
            var page = await NewPageAsync();
            await SignInAsync(page, e);
            var state = await page.Context.StorageStateAsync();
            await page.Context.CloseAsync();
            return state;
        })).Value;
        return await NewPageAsync(phone, signedIn);
    }

    /// <summary>Signs <paramref name="email"/> in the way a person does: asks for a link, opens it from the outbox, presses the button.</summary>
    public async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/inloggning");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka inloggningslänk" }).ClickAsync();
        await page.GetByText("Om adressen finns registrerad hos oss").WaitForAsync();
        await Factory.DispatchAsync();
        var link = Browserless.LinkIn(Factory.OutboxDirectory, email);
        await page.GotoAsync(link.PathAndQuery);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForURLAsync("**/mina-sidor");
    }

    /// <summary>Saves a full-page screenshot as <c>screenshots/{name}.png</c>.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    private async Task<IPage> NewPageAsync(bool phone, string? storageState)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "sv-SE",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            StorageState = storageState,
        });
        return await context.NewPageAsync();
    }
}
