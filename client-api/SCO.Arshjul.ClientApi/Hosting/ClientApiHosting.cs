using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using SCO.Arshjul.ClientApi.Api;
using SCO.Arshjul.ClientApi.Feeds;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Identity.People;
using SCO.Arshjul.ClientApi.Identity.SignIn;
using SCO.Arshjul.ClientApi.Identity.Tokens;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Preview;
using SCO.Arshjul.Silo.Rollover;
using SCO.Arshjul.Silo.Startup;

namespace SCO.Arshjul.ClientApi.Hosting;

/// <summary>
/// The web app's wiring: the silo's settings and services (so one process runs everything), the configuration
/// (organisations, wheels) loaded and applied at start, sign-in and roles, the API, the pages.
/// </summary>
public static class ClientApiHosting
{
    /// <summary>The cookie scheme of signed-in people.</summary>
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    private const string DefaultScheme = "arshjul";

    /// <summary>Registers everything; throws <see cref="ConfigurationException"/> when config/ is wrong (nothing started).</summary>
    public static WebApplicationBuilder AddArshjulClientApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddSiloDefaults(builder.Configuration);
        builder.WebHost.UseStaticWebAssets(); // wwwroot from the build output in every environment, not only Development
        builder.Configuration.AddEnvironmentVariables("ARSHJUL_");
        var options = builder.Configuration.GetSection(ClientApiOptions.SectionName).Get<ClientApiOptions>() ?? new ClientApiOptions();
        var configuration = ArshjulConfigurationLoader.Load(Path.GetFullPath(options.ConfigDirectory));

        SiloHost.AddSiloServices(builder, configuration.Reminders);
        var services = builder.Services;
        services.AddArshjulConfiguration(configuration);
        services.AddHostedService<WheelStartupService>();
        services.AddHostedService<YearRolloverService>();
        services.AddOptions<ClientApiOptions>()
            .Bind(builder.Configuration.GetSection(ClientApiOptions.SectionName))
            .Validate(o => o.BootstrapAdministrator.ServesOneOf(configuration.Organisations.Select(org => org.Id)), BootstrapAdministrator.UnknownOrganisation)
            .ValidateOnStart();
        services.AddSingleton<PersonDirectory>();
        services.AddSingleton<SignInLinks>();
        services.AddSingleton<ApiTokens>();
        services.AddArshjulFeeds();
        services.AddArshjulPreview(builder.Configuration);

        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "arshjul";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/inloggning";
                o.LogoutPath = "/utloggning";
                o.AccessDeniedPath = "/ingen-behorighet";
                o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddArshjulPolicies();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only asking for a link counts (POST); showing the form does not.
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInRequestsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        // Swedish letters as they are in the HTML; markup characters are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = FrameworkProblems.Customize);
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // unreadable JSON → problem+json with a code in every environment
        services.AddExceptionHandler<GovernanceProblems>();
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.AddOpenApi("v1");
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToFolder("/Inloggning");
            o.Conventions.AllowAnonymousToPage("/IngenBehorighet");
        }).AddJsonOptions(o => Configure(o.JsonSerializerOptions));
        return builder;
    }

    /// <summary>The rate-limit policy on sign-in requests.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>Middleware and endpoints.</summary>
    public static WebApplication UseArshjulClientApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseJsonAnswers();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRequestCharsetCheck();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // Serving from the start; "startup" says how far the organisations' rosters, wheels and reminders have come.
        app.MapGet("/health", (StartupProgress startup) => Results.Ok(new
        {
            status = "ok",
            startup = new { complete = startup.IsComplete, organisations = startup.Organisations, done = startup.Done, failed = startup.Failed },
        })).AllowAnonymous();
        app.MapArshjulApi();
        app.MapCalendarFeeds();
        app.MapRazorPages();
        StartupBanner.Register(app);
        return app;
    }

    /// <summary>JSON as the API speaks it: camelCase, NodaTime types as ISO text, enums as camelCase strings.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    // The silo's appsettings.json (copied beside the program as silo.appsettings.json), then the web app's own from
    // beside the program too (`dotnet run` starts in the repository root, whose folder has no appsettings.json), under
    // whatever the content root and the environment add.
    private static void AddSiloDefaults(ConfigurationManager configuration)
    {
        var index = 0;
        foreach (var file in new[] { "silo.appsettings.json", "appsettings.json" })
        {
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, file)))
            {
                configuration.Sources.Insert(index++, new JsonConfigurationSource
                {
                    Path = file,
                    FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
                    Optional = true,
                });
            }
        }
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
