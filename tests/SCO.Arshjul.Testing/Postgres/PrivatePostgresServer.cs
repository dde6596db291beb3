using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SCO.Arshjul.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster for one test process: initdb into a fresh directory, started on a free loopback
/// port (socket in /tmp), stopped and deleted when the process exits. initdb refuses to run as root, so as root the
/// server runs as the <c>postgres</c> user.
/// </summary>
internal static class PrivatePostgresServer
{
    private const string DirectoryPrefix = "arshjul-pg-";

    public static async Task<string> StartAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new InvalidOperationException("Starting a private PostgreSQL server is supported on Linux only.");
        }

        var bin = FindNewestBin();
        var asPostgres = Environment.IsPrivilegedProcess;
        var root = asPostgres ? "/tmp" : Path.GetTempPath(); // as root: a parent the postgres user can enter
        StopAbandoned(root, bin, asPostgres);

        var dataDirectory = Path.Combine(root, $"{DirectoryPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (asPostgres)
        {
            await RunAsync("chown", ["postgres:postgres", dataDirectory], asPostgres: false);
        }

        await RunAsync(Path.Combine(bin, "initdb"), [
            "-D", dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions",
        ], asPostgres);
        var port = FreeLoopbackPort();
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunAsync(Path.Combine(bin, "pg_ctl"), [
            "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60", "-o", options, "start",
        ], asPostgres);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(bin, dataDirectory, asPostgres);
        return $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres";
    }

    private static string FindNewestBin()
    {
        const string installs = "/usr/lib/postgresql";
        var bin = Directory.Exists(installs)
            ? Directory.GetDirectories(installs)
                .Select(d => (Bin: Path.Combine(d, "bin"), Version: Version.TryParse(Path.GetFileName(d) + ".0", out var v) ? v : new Version()))
                .Where(d => File.Exists(Path.Combine(d.Bin, "initdb")))
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

    private static void Stop(string bin, string dataDirectory, bool asPostgres)
    {
        try
        {
            RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", dataDirectory, "-m", "immediate", "-w", "stop"], asPostgres)
                .Wait(TimeSpan.FromSeconds(20));
        }
        catch (AggregateException)
        {
            // Best effort at exit: the directory is removed below, and a server left running is stopped by the next run.
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Stops servers left by test processes that were killed before they could stop their own.</summary>
    private static void StopAbandoned(string root, string bin, bool asPostgres)
    {
        foreach (var directory in Directory.GetDirectories(root, DirectoryPrefix + "*"))
        {
            var pid = Path.GetFileName(directory)[DirectoryPrefix.Length..].Split('-')[0];
            if (int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && !IsRunning(id))
            {
                Stop(bin, directory, asPostgres);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
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
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {await errors} {await output}".Trim());
        }
    }
}
