using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Runtime;

/// <summary>
/// The grain host: on start it creates the storage schema (idempotently) and starts the idle collector; on stop it
/// deactivates every activation. Registered as a hosted service by <c>AddGrainRuntime</c>.
/// </summary>
public sealed partial class Silo : IHostedService
{
    private readonly GrainRuntime _runtime;
    private readonly ActivationCollector _collector;
    private readonly IGrainStorage _storage;
    private readonly GrainRuntimeOptions _options;
    private readonly ILogger<Silo> _logger;

    internal Silo(GrainRuntime runtime, ActivationCollector collector, IGrainStorage storage, IOptions<GrainRuntimeOptions> options, ILogger<Silo> logger)
    {
        _runtime = runtime;
        _collector = collector;
        _storage = storage;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The grain factory of this silo.</summary>
    public IGrainFactory GrainFactory => _runtime.GrainFactory;

    /// <summary>How many activations are in memory now.</summary>
    public int ActivationCount => _runtime.Directory.Count;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _options.Validate();
        await _storage.EnsureSchemaAsync(cancellationToken);
        _collector.Start();
        LogStarted(_logger, _storage.GetType().Name, _options.ResponseTimeout, _options.CollectionAge);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _collector.Stop();
        await _runtime.DeactivateAllAsync(_options.ResponseTimeout, cancellationToken);
    }

    /// <summary>Deactivates the activations idle past the collection age now, instead of at the next quantum.</summary>
    /// <returns>How many were deactivated.</returns>
    public Task<int> CollectIdleActivationsAsync() => _collector.CollectAsync();

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo started: storage {Storage}, response timeout {ResponseTimeout}, collection age {CollectionAge}")]
    private static partial void LogStarted(ILogger logger, string storage, TimeSpan responseTimeout, TimeSpan collectionAge);
}
