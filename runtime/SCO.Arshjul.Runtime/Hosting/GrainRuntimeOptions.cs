using System.Text.Json;

namespace SCO.Arshjul.Runtime;

/// <summary>Options of the grain runtime.</summary>
public sealed class GrainRuntimeOptions
{
    /// <summary>How long a call may wait (queued and running) before it fails with <see cref="GrainCallTimeoutException"/>.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation idle for longer than this is deactivated and its memory released.</summary>
    /// <value>The default value is 15 minutes (as in Orleans).</value>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the idle collector looks for activations to deactivate.</summary>
    /// <value>The default value is 1 minute.</value>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many times a call marked <see cref="ReRunOnConflictAttribute"/> is run again, on freshly loaded state, after
    /// another silo wrote the grain first; the conflict after the last re-run reaches the caller.
    /// </summary>
    /// <value>The default value is 3.</value>
    public int ConflictReRuns { get; set; } = 3;

    /// <summary>
    /// How long an activation trusts the state it holds. After that, its next call first compares the stored version
    /// (ETag) and, when another silo wrote since, loads the newer state before it runs: reads on one node then see a
    /// write made on another within this time. Null (the default) trusts the activation until it is collected: right
    /// for one silo, which makes every write itself. Zero checks before every call.
    /// </summary>
    /// <value>The default value is null.</value>
    public TimeSpan? StateFreshness { get; set; }

    /// <summary>Options for the JSON that grain state is stored as.</summary>
    /// <value>The default value is <see cref="JsonSerializerDefaults.Web"/>.</value>
    public JsonSerializerOptions JsonSerializerOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (ResponseTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ResponseTimeout), ResponseTimeout, "ResponseTimeout must be positive.");
        }

        if (ConflictReRuns < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ConflictReRuns), ConflictReRuns, "ConflictReRuns must not be negative.");
        }

        if (StateFreshness < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(StateFreshness), StateFreshness, "StateFreshness must not be negative.");
        }

        if (CollectionAge <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CollectionAge), CollectionAge, "CollectionAge must be positive.");
        }

        if (CollectionQuantum <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CollectionQuantum), CollectionQuantum, "CollectionQuantum must be positive.");
        }
    }
}
