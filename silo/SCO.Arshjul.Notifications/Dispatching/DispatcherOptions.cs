namespace SCO.Arshjul.Notifications.Dispatching;

/// <summary>
/// How the <see cref="NotificationDispatcher"/> delivers the notification outbox, bound from
/// <c>Notifications:Dispatcher</c> (see <see cref="SectionName"/>) and validated at start. A failed delivery is
/// retried after <see cref="InitialBackoff"/>, doubling each time up to <see cref="MaxBackoff"/>, until
/// <see cref="MaxAttempts"/> attempts have failed; the notification is then marked failed with its last error.
/// </summary>
public sealed class DispatcherOptions : ISelfValidatingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Notifications:Dispatcher";

    /// <summary>How many attempts a notification gets before it is marked failed.</summary>
    /// <value>The default value is 5.</value>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; it doubles after each further one.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    /// <value>The default value is 1 hour.</value>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the dispatcher waits between two passes over the outbox when nothing more is due.</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed notification is held by this node: if the node dies, another may deliver it after this.</summary>
    /// <value>The default value is 2 minutes.</value>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How old a combinable (personal) reminder must be before it is delivered, so that the person's other reminders of
    /// that day, fired in the same hour, are combined with it into one message.
    /// </summary>
    /// <value>The default value is 2 minutes.</value>
    public TimeSpan CombineWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The most notifications claimed in one pass.</summary>
    /// <value>The default value is 100.</value>
    public int BatchSize { get; set; } = 100;

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt (1 = the first).</summary>
    public TimeSpan BackoffAfter(int failedAttempts)
    {
        var delay = InitialBackoff;
        for (var attempt = 1; attempt < failedAttempts && delay < MaxBackoff; attempt++)
        {
            delay += delay;
        }

        return delay < MaxBackoff ? delay : MaxBackoff;
    }

    /// <summary>What is wrong with these options (English), or nothing.</summary>
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        Check(MaxAttempts >= 1, "MaxAttempts must be at least 1.");
        Check(InitialBackoff > TimeSpan.Zero, "InitialBackoff must be positive.");
        Check(MaxBackoff >= InitialBackoff, "MaxBackoff must not be shorter than InitialBackoff.");
        Check(PollInterval > TimeSpan.Zero, "PollInterval must be positive.");
        Check(Lease > TimeSpan.Zero, "Lease must be positive.");
        Check(CombineWindow >= TimeSpan.Zero, "CombineWindow must not be negative.");
        Check(BatchSize is >= 1 and <= 10_000, "BatchSize must be between 1 and 10000.");
        return errors;

        void Check(bool valid, string error)
        {
            if (!valid)
            {
                errors.Add($"{SectionName}:{error}");
            }
        }
    }
}
