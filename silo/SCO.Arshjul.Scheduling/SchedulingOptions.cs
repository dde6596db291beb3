using SCO.Arshjul.Notifications.Reminders.Policy;

namespace SCO.Arshjul.Scheduling;

/// <summary>How Quartz runs the wheel's reminders. Checked by <see cref="Validate"/> when registered.</summary>
public sealed class SchedulingOptions
{
    /// <summary>Where jobs and triggers are kept. <value>The default value is <see cref="SchedulingProvider.Sqlite"/>.</value></summary>
    public SchedulingProvider Provider { get; set; } = SchedulingProvider.Sqlite;

    /// <summary>
    /// The job store's database: the grains' own, e.g. <c>Data Source=data/arshjul.db</c> or a PostgreSQL connection
    /// string. Required unless <see cref="Provider"/> is <see cref="SchedulingProvider.Memory"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Several nodes share the PostgreSQL job store and each reminder fires on one of them. <value>The default value is false.</value></summary>
    public bool Clustered { get; set; }

    /// <summary>The scheduler's name, the same on every node of a cluster. <value>The default value is <c>arshjul</c>.</value></summary>
    public string SchedulerName { get; set; } = "arshjul";

    /// <summary>This node's id in a cluster; generated when null. <value>The default value is null.</value></summary>
    public string? InstanceId { get; set; }

    /// <summary>What is due when. <value>The default value is <see cref="ReminderPolicy.Default"/>.</value></summary>
    public ReminderPolicy Policy { get; set; } = ReminderPolicy.Default;

    /// <summary>
    /// How late a trigger may fire before Quartz treats it as misfired; a misfired reminder fires once, at once.
    /// <value>The default value is 1 minute.</value>
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A reminder firing more than this after its time is logged as late. <value>The default value is 5 minutes.</value></summary>
    public TimeSpan LateThreshold { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many reminders may run at once on a node. On a database job store this is also how many due triggers one
    /// scheduler round acquires (Quartz's automatic batch size is the pool's), so it sets how fast a burst (every reminder
    /// of a working day at 09:00) drains: the benchmarks measured about twice the firings per second on PostgreSQL at 8 as
    /// at 2, and about a quarter more at 16 than at 8. The jobs wait on I/O (grain reads, outbox writes), not on the CPU.
    /// <value>The default value is 16.</value>
    /// </summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>
    /// How long Quartz's database job store waits before it tries again after the database failed (stopped or
    /// restarting): the pause of the loop that picks due triggers, of the misfire handler and of storing a firing's
    /// completion, so also how late reminders get once the database is back. Quartz's own default is 15 s.
    /// <value>The default value is 2 seconds.</value>
    /// </summary>
    public TimeSpan DatabaseRetryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often pending <c>*.changed</c> outbox messages are read. <value>The default value is 5 seconds.</value></summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many changes are claimed at a time. <value>The default value is 100.</value></summary>
    public int ChangeBatchSize { get; set; } = 100;

    /// <summary>How long claimed changes are held before another node may take them. <value>The default value is 2 minutes.</value></summary>
    public TimeSpan ChangeLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a change whose sync failed waits before it is tried again. <value>The default value is 1 minute.</value></summary>
    public TimeSpan ChangeRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed attempts after which a change is given up (and logged). <value>The default value is 10.</value></summary>
    public int MaxChangeAttempts { get; set; } = 10;

    /// <summary>Throws when a setting is missing, out of range or contradicts another.</summary>
    /// <exception cref="ArgumentException">What is wrong, naming the setting.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        if (Provider != SchedulingProvider.Memory && string.IsNullOrWhiteSpace(ConnectionString))
        {
            errors.Add($"{nameof(ConnectionString)} is required for {Provider}.");
        }

        if (Clustered && Provider != SchedulingProvider.Postgres)
        {
            errors.Add($"{nameof(Clustered)} needs {SchedulingProvider.Postgres}: Quartz cannot cluster on {Provider}.");
        }

        if (string.IsNullOrWhiteSpace(SchedulerName))
        {
            errors.Add($"{nameof(SchedulerName)} is required.");
        }

        Positive(errors, nameof(MisfireThreshold), MisfireThreshold);
        Positive(errors, nameof(LateThreshold), LateThreshold);
        Positive(errors, nameof(DatabaseRetryInterval), DatabaseRetryInterval);
        Positive(errors, nameof(ChangePollInterval), ChangePollInterval);
        Positive(errors, nameof(ChangeLease), ChangeLease);
        Positive(errors, nameof(ChangeRetryDelay), ChangeRetryDelay);
        if (MaxConcurrency < 1 || ChangeBatchSize < 1 || MaxChangeAttempts < 1)
        {
            errors.Add($"{nameof(MaxConcurrency)}, {nameof(ChangeBatchSize)} and {nameof(MaxChangeAttempts)} must be at least 1.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid scheduling options: {string.Join(" ", errors)}");
        }
    }

    private static void Positive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{name} must be positive.");
        }
    }
}
