using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SCO.Arshjul.Testing;

/// <summary>
/// One throw-away PostgreSQL cluster: a data directory made by initdb under a temp root, served on a loopback port that
/// stays the same across <see cref="StartAsync"/> and <see cref="StopAsync"/> (socket in /tmp). initdb refuses to run as
/// root, so as root the server runs as the <c>postgres</c> user.
/// </summary>
internal sealed class PostgresDataDirectory
{
    /// <summary>The prefix of every data directory, followed by the test process's id (see <see cref="PrivatePostgresServer"/>).</summary>
    public const string Prefix = "arshjul-pg-";

    private PostgresDataDirectory(string bin, string path, int port, bool asPostgres) => (Bin, Path, Port, AsPostgres) = (bin, path, port, asPostgres);

    public string Bin { get; }

    public string Path { get; }

    public int Port { get; }

    public bool AsPostgres { get; }

    /// <summary>Where data directories go: as root, a parent the postgres user can enter.</summary>
    public static string Root => Environment.IsPrivilegedProcess ? "/tmp" : System.IO.Path.GetTempPath();

    public string ConnectionString => $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres";

    /// <summary>Runs initdb into a fresh directory and picks a free port; the server is not started.</summary>
    public static async Task<PostgresDataDirectory> CreateAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new InvalidOperationException("Starting a private PostgreSQL server is supported on Linux only.");
        }

        var asPostgres = Environment.IsPrivilegedProcess;
        var path = System.IO.Path.Combine(Root, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (asPostgres)
        {
            await RunAsync("chown", ["postgres:postgres", path], asPostgres: false);
        }

        var bin = FindNewestBin();
        await RunAsync(System.IO.Path.Combine(bin, "initdb"), [
            "-D", path, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions",
        ], asPostgres);
        return new PostgresDataDirectory(bin, path, FreeLoopbackPort(), asPostgres);
    }

    /// <summary>An existing data directory (one a killed test process left), to stop and delete.</summary>
    public static PostgresDataDirectory Existing(string path) => new(FindNewestBin(), path, 0, Environment.IsPrivilegedProcess);

    /// <summary>Starts the server on <see cref="Port"/> with <paramref name="settings"/> (<c>-c name=value …</c>) and waits until it accepts connections.</summary>
    public Task StartAsync(string settings) => RunAsync(System.IO.Path.Combine(Bin, "pg_ctl"), [
        "-D", Path, "-l", System.IO.Path.Combine(Path, "server.log"), "-w", "-t", "60",
        "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off {settings}", "start",
    ], AsPostgres);

    /// <summary>Stops the server (<paramref name="mode"/>: <c>fast</c> ends sessions and checkpoints, <c>immediate</c> does neither) and waits until it is gone.</summary>
    public Task StopAsync(string mode) => RunAsync(System.IO.Path.Combine(Bin, "pg_ctl"), ["-D", Path, "-m", mode, "-w", "stop"], AsPostgres);

    /// <summary>Best effort: stops the server at once and removes the directory.</summary>
    public void Delete()
    {
        try
        {
            StopAsync("immediate").Wait(TimeSpan.FromSeconds(20));
        }
        catch (AggregateException)
        {
            // Not running, or it would not stop: the directory goes anyway, and a server left running is stopped by the next run.
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindNewestBin()
    {
        const string installs = "/usr/lib/postgresql";
        var bin = Directory.Exists(installs)
            ? Directory.GetDirectories(installs)
                .Select(d => (Bin: System.IO.Path.Combine(d, "bin"), Version: Version.TryParse(System.IO.Path.GetFileName(d) + ".0", out var v) ? v : new Version()))
                .Where(d => File.Exists(System.IO.Path.Combine(d.Bin, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException($"No PostgreSQL binaries (initdb) under {installs}/*/bin.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        foreach (var argument in (asPostgres ? ["-u", "postgres", "--", file] : Array.Empty<string>()).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{System.IO.Path.GetFileName(file)} exited with {process.ExitCode}: {await errors} {await output}".Trim());
        }
    }
}
