namespace SCO.Arshjul.Runtime;

/// <summary>
/// How an <see cref="IDeliveryAttemptLog"/> record changes, the same for every storage provider: a provider reads the
/// stored record under its write lock, applies one of these functions and stores the result (when it differs).
/// </summary>
public static class DeliveryAttemptRules
{
    /// <summary>The longest key <see cref="IDeliveryAttemptLog.BeginAsync"/> accepts, in UTF-16 code units.</summary>
    public const int MaxKeyLength = 400;

    /// <summary>Throws unless <paramref name="key"/> may be begun: not empty and at most <see cref="MaxKeyLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The key is empty or too long (<see cref="ArgumentNullException"/> if null).</exception>
    public static void ValidateKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A delivery attempt key has at most {MaxKeyLength} characters; this one has {key.Length}.", nameof(key));
        }
    }

    /// <summary>What <see cref="IDeliveryAttemptLog.BeginAsync"/> reports for the record it found (null: none).</summary>
    public static PriorDeliveryAttempt Prior(DeliveryAttempt? stored) => stored?.State switch
    {
        null => PriorDeliveryAttempt.None,
        DeliveryAttemptState.Started => PriorDeliveryAttempt.InDoubt,
        DeliveryAttemptState.Succeeded => PriorDeliveryAttempt.Succeeded,
        DeliveryAttemptState.Failed => PriorDeliveryAttempt.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(stored), stored.State, "Unknown delivery attempt state."),
    };

    /// <summary>
    /// A new attempt begun at <paramref name="now"/>: a first record, or the stored one started again (count raised, in
    /// doubt counted if it was still started, settled instant cleared, last error kept). A succeeded record is returned as it is.
    /// </summary>
    public static DeliveryAttempt Begin(DeliveryAttempt? stored, string key, DateTimeOffset now) => stored switch
    {
        null => new DeliveryAttempt(key, DeliveryAttemptState.Started, 1, 0, now.ToUniversalTime(), null, null),
        { State: DeliveryAttemptState.Succeeded } => stored,
        _ => stored with
        {
            State = DeliveryAttemptState.Started,
            Attempts = stored.Attempts + 1,
            InDoubtCount = stored.InDoubtCount + (stored.State == DeliveryAttemptState.Started ? 1 : 0),
            StartedUtc = now.ToUniversalTime(),
            SettledUtc = null,
        },
    };

    /// <summary>The record succeeded at <paramref name="now"/>, its last error cleared; one that already succeeded is returned as it is.</summary>
    /// <exception cref="InvalidOperationException">No attempt of <paramref name="key"/> was begun (<paramref name="stored"/> is null).</exception>
    public static DeliveryAttempt Succeed(DeliveryAttempt? stored, string key, DateTimeOffset now) => stored switch
    {
        null => throw NotBegun(key),
        { State: DeliveryAttemptState.Succeeded } => stored,
        _ => stored with { State = DeliveryAttemptState.Succeeded, SettledUtc = now.ToUniversalTime(), LastError = null },
    };

    /// <summary>
    /// The started record failed at <paramref name="now"/> with <paramref name="error"/>; one already settled (succeeded,
    /// or failed before) is returned as it is.
    /// </summary>
    /// <exception cref="InvalidOperationException">No attempt of <paramref name="key"/> was begun (<paramref name="stored"/> is null).</exception>
    public static DeliveryAttempt Fail(DeliveryAttempt? stored, string key, string error, DateTimeOffset now) => stored switch
    {
        null => throw NotBegun(key),
        { State: DeliveryAttemptState.Started } => stored with { State = DeliveryAttemptState.Failed, SettledUtc = now.ToUniversalTime(), LastError = error },
        _ => stored,
    };

    private static InvalidOperationException NotBegun(string key) =>
        new($"No delivery attempt of '{key}' was begun; nothing was recorded.");
}
