using System.CommandLine;
using Microsoft.Extensions.Configuration;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Preview;
using SCO.Arshjul.Storage;

namespace SCO.Arshjul.Silo.CommandLine;

/// <summary>
/// <c>arshjul preview --org sco --from 2027-01-01 --to 2027-12-31 [--format json|table]</c>: what the wheel would send
/// in the period, to whom and when (<see cref="WheelPreview"/>), read from the configuration and, read-only, from the
/// configured storage; it sends nothing and changes nothing. <c>json</c> writes JSON Lines (one notification a line)
/// to standard output and the heading and summary to standard error; <c>table</c> writes everything to standard
/// output. Bad input (a date that is none, a period reversed, too long or past, an unknown organisation or format) or
/// a configuration error: exit code 2 and the reason in Swedish and English on standard error.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(Option<DirectoryInfo> configOption)
    {
        var org = new Option<string?>("--org") { Description = "The organisation's id, e.g. sco." };
        var from = new Option<string?>("--from") { Description = "The first day, yyyy-MM-dd (Europe/Stockholm); today by default." };
        var to = new Option<string?>("--to") { Description = "The last day, yyyy-MM-dd; the end of the first day's year by default." };
        var format = new Option<string>("--format") { Description = "json (JSON Lines, one notification a line) or table.", DefaultValueFactory = _ => "table" };
        var command = new Command("preview", "Show what the wheel would send, to whom and when, in a period. Sends nothing, changes nothing.")
        {
            org, from, to, format,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            new PreviewCommandOptions(
                result.GetValue(configOption)!,
                new PreviewRequest(result.GetValue(org), result.GetValue(from), result.GetValue(to)),
                result.GetValue(format)!),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(PreviewCommandOptions options, CancellationToken cancellationToken)
    {
        var output = options.Output ?? Console.Out;
        var error = options.Error ?? Console.Error;
        if (options.Format is not ("json" or "table"))
        {
            return await RefusedAsync(error, $"Okänt format '{options.Format}': ange json eller table.", $"Unknown format '{options.Format}': give json or table.");
        }

        ArshjulConfiguration configuration;
        IConfiguration settings;
        PreviewOptions previewOptions;
        StorageOptions storage;
        try
        {
            configuration = ArshjulConfigurationLoader.Load(options.ConfigDirectory.FullName);
            settings = SiloHost.Configuration(options.HostOverrides);
            previewOptions = settings.GetSection(PreviewOptions.SectionName).Get<PreviewOptions>() ?? new PreviewOptions();
            previewOptions.Validate();
            storage = settings.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
            storage.Validate();
        }
        catch (Exception e) when (e is ConfigurationException or InvalidOperationException)
        {
            return await RefusedAsync(error, $"Konfigurationsfel: {e.Message}", $"Configuration error: {e.Message}");
        }

        await using var baseline = Baseline(storage);
        using var preview = new WheelPreview(configuration, settings, options.TimeProvider ?? TimeProvider.System, baseline, previewOptions);
        PreviewResult result;
        try
        {
            result = await preview.RunAsync(options.Request, cancellationToken);
        }
        catch (PreviewRequestException e)
        {
            return await RefusedAsync(error, e.Message, e.English);
        }

        if (options.Format == "json")
        {
            await PreviewJson.WriteLinesAsync(result, output);
            await PreviewTable.WriteHeadingAsync(result, error);
            await PreviewTable.WriteSummaryAsync(result, error);
        }
        else
        {
            await PreviewTable.WriteAsync(result, output);
        }

        return 0;
    }

    /// <summary>
    /// The configured storage, opened to be read only: the SQLite file read-only (none when it does not exist yet:
    /// nothing has been generated), or PostgreSQL, of which only single rows are ever selected.
    /// </summary>
    private static SqlGrainStorage? Baseline(StorageOptions storage) => storage.Provider switch
    {
        StorageProvider.Postgres => new PostgresGrainStorage(storage.PostgresConnectionString!),
        _ when File.Exists(storage.SqlitePath) => SqliteGrainStorage.OpenReadOnly(storage.SqlitePath),
        _ => null,
    };

    private static async Task<int> RefusedAsync(TextWriter error, string swedish, string english)
    {
        await error.WriteLineAsync($"Fel: {swedish}");
        await error.WriteLineAsync($"Error: {english}");
        return 2;
    }
}
