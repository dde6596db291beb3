using Microsoft.Extensions.DependencyInjection;
using SCO.Arshjul.Silo.CommandLine;
using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Silo.Tests.CommandLine;

/// <summary>
/// The README's run command on the sample configuration, left running on a manual clock: started, then the clock moved
/// until something the test waits for has happened, then stopped.
/// </summary>
internal sealed class RunningCommand : IAsyncDisposable
{
    private readonly ManualTimeProvider _clock;
    private readonly StringWriter _output;
    private readonly CancellationTokenSource _stop;
    private readonly Task<int> _running;

    private RunningCommand(ManualTimeProvider clock, StringWriter output, CancellationTokenSource stop, Task<int> running) =>
        (_clock, _output, _stop, _running) = (clock, output, stop, running);

    /// <summary>What the command has printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the command with <paramref name="settings"/> and <paramref name="services"/> over the defaults, and waits until it has printed the wheel.</summary>
    public static async Task<RunningCommand> StartAsync(
        ManualTimeProvider clock,
        IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?>(settings)
        {
            // Manual time races ahead of real calls here; no grain call should time out because of it.
            ["GrainRuntime:ResponseTimeout"] = "30.00:00:00",
        };
        var output = new StringWriter();
        var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var overrides = new SiloHostOverrides(values, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            services?.Invoke(s);
        });
        var running = RunCommand.RunAsync(new RunOptions(RepositoryRoot.Config, Output: TextWriter.Synchronized(output), HostOverrides: overrides), stop.Token);
        var command = new RunningCommand(clock, output, stop, running);
        await command.StartedAsync();
        return command;
    }

    /// <summary>
    /// The host's background loops (Quartz, change processor, dispatcher) run on real threads: moves the clock an hour
    /// at a time, then a minute at a time from two hours before <paramref name="until"/>, giving them real time to act,
    /// until <paramref name="probe"/> finds what it looks for; then allows 90 s of real time for the last deliveries.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(DateTimeOffset until, Func<T?> probe, Func<string> whatThereIs)
        where T : class
    {
        var deadline = DateTimeOffset.MaxValue;
        for (var step = 0; step < 6000 && TimeProvider.System.GetUtcNow() < deadline; step++)
        {
            if (_running.IsCompleted)
            {
                await _running; // surfaces a start-up failure
                throw new InvalidOperationException("The run command stopped by itself.");
            }

            if (probe() is { } found)
            {
                return found;
            }

            _clock.Advance(_clock.GetUtcNow() < until.AddHours(-2) ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(1));
            if (_clock.GetUtcNow() >= until && deadline == DateTimeOffset.MaxValue)
            {
                deadline = TimeProvider.System.GetUtcNow().AddSeconds(90);
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"Not found by {_clock.GetUtcNow():u}:\n{whatThereIs()}");
    }

    /// <summary>Stops the command (as Ctrl+C does) and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _running;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_running.IsCompleted)
        {
            await _stop.CancelAsync();
            await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _stop.Dispose();
    }

    // The wheel is printed once the silo has started, the wheels are generated and the reminders reconciled.
    private async Task StartedAsync()
    {
        for (var i = 0; i < 3000 && !_running.IsCompleted; i++)
        {
            if (Output.Contains("Förfaller", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await _running;
        throw new InvalidOperationException("The run command did not finish starting.");
    }
}
