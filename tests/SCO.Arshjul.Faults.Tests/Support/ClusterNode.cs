using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>
/// One node of a cluster: the web app (which co-hosts the silo) as its own process, started from its build output
/// with the cluster's settings in <c>ARSHJUL_</c> environment variables, and killed with SIGKILL — no shutdown code runs.
/// Its output goes to <c>{name}.log</c> in the cluster's directory, for a failing test to show.
/// </summary>
internal sealed class ClusterNode(string name, DirectoryInfo workingDirectory, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private Process? _process;

    public string Name { get; } = name;

    /// <summary>The port it listens on, the same across restarts.</summary>
    public int Port { get; } = FreePort();

    /// <summary>How many times it was started.</summary>
    public int Starts { get; private set; }

    public string LogPath => Path.Combine(workingDirectory.FullName, $"{Name}.log");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the process; returns at once (the node answers /health once it runs).</summary>
    public void Start()
    {
        var dll = ClientApiProgram.Path;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{Port}");
        foreach (var (key, value) in settings)
        {
            start.Environment["ARSHJUL_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Name}: could not start {dll}");
        var log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        log.WriteLine($"---- start {++Starts} (pid {process.Id})");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
    }

    /// <summary>SIGKILL, then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    /// <summary>Waits until the node answers /health (it has started its silo and bootstrapped the wheels).</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = TimeProvider.System.GetUtcNow() + timeout;
        while (TimeProvider.System.GetUtcNow() < until)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited while starting; see {LogPath}:\n{Tail()}");
            }

            try
            {
                // The node serves at once and brings the wheels up to date in the background: healthy once that is done.
                using var health = await http.GetAsync(new Uri($"http://127.0.0.1:{Port}/health"), cancellationToken);
                if (health.IsSuccessStatusCode && (await health.Content.ReadAsStringAsync(cancellationToken)).Contains("\"complete\":true", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"{Name} did not answer /health within {timeout}; see {LogPath}:\n{Tail()}");
    }

    /// <summary>The last lines of the node's log.</summary>
    public string Tail(int lines = 40) =>
        File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(lines)) : "(no log)";

    public async ValueTask DisposeAsync() => await KillAsync();

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
