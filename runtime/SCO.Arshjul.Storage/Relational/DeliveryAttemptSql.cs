using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Storage;

/// <summary>
/// Statements on <c>arshjul_delivery_attempt</c>, the same text on SQLite and PostgreSQL but for the row-locking clause
/// of the read that a change starts with. The rules of a change are <see cref="DeliveryAttemptRules"/>; these only
/// read and store whole records.
/// </summary>
internal static class DeliveryAttemptSql
{
    /// <summary>The columns <see cref="SqlGrainStorage"/> reads an attempt from, in this order.</summary>
    public const string Columns = "attempt_key, state, attempts, in_doubt_count, started_utc, settled_utc, last_error";

    // DO NOTHING: a row inserted meanwhile by another node makes this insert nothing (PostgreSQL waits for that
    // node's commit first), and the caller reads and changes that row instead.
    public const string Insert = $"""
        INSERT INTO arshjul_delivery_attempt ({Columns})
        VALUES (@key, @state, @attempts, @in_doubt, @started, @settled, @error)
        ON CONFLICT (attempt_key) DO NOTHING
        """;

    public const string Update = """
        UPDATE arshjul_delivery_attempt
        SET state = @state, attempts = @attempts, in_doubt_count = @in_doubt, started_utc = @started, settled_utc = @settled, last_error = @error
        WHERE attempt_key = @key
        """;

    /// <summary>The row of <c>@key</c>; <paramref name="lockClause"/> keeps other writers off it until the transaction ends.</summary>
    public static string Select(string lockClause) =>
        $"SELECT {Columns} FROM arshjul_delivery_attempt WHERE attempt_key = @key {lockClause}".TrimEnd();

    /// <summary>The <c>state</c> column's text of <paramref name="state"/>.</summary>
    public static string ToDb(DeliveryAttemptState state) => state switch
    {
        DeliveryAttemptState.Started => "started",
        DeliveryAttemptState.Succeeded => "succeeded",
        DeliveryAttemptState.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown delivery attempt state."),
    };

    public static DeliveryAttemptState ParseState(string state) => state switch
    {
        "started" => DeliveryAttemptState.Started,
        "succeeded" => DeliveryAttemptState.Succeeded,
        "failed" => DeliveryAttemptState.Failed,
        _ => throw new InvalidOperationException($"Unknown delivery attempt state '{state}' in arshjul_delivery_attempt."),
    };
}
