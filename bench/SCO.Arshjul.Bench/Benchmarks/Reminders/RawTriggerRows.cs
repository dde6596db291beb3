using System.Data.Common;

namespace SCO.Arshjul.Bench.Benchmarks.Reminders;

/// <summary>
/// The baseline of scheduling: the rows Quartz keeps per one-shot reminder (its job with data, its trigger, the simple
/// trigger) written with plain prepared <c>INSERT</c>s into tables of their own, 1,000 reminders per transaction as
/// the scheduler's batches.
/// </summary>
public static class RawTriggerRows
{
    private static readonly string[] Create =
    [
        "CREATE TABLE IF NOT EXISTS bench_job (name text PRIMARY KEY, job_class text NOT NULL, data text NOT NULL)",
        "CREATE TABLE IF NOT EXISTS bench_trigger (name text PRIMARY KEY, job_name text NOT NULL, next_fire bigint NOT NULL, state text NOT NULL, data text NOT NULL)",
        "CREATE TABLE IF NOT EXISTS bench_simple_trigger (name text PRIMARY KEY, repeat_count bigint NOT NULL, times_triggered bigint NOT NULL)",
    ];

    public static async Task WriteAsync(Func<Task<DbConnection>> open, int count, string jobData, string triggerData, Func<int, DateTimeOffset> fireAt)
    {
        await using var connection = await open();
        foreach (var sql in Create)
        {
            await using var create = Command(connection, null, sql);
            await create.ExecuteNonQueryAsync();
        }

        for (var start = 0; start < count; start += 1000)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var job = Command(connection, transaction, "INSERT INTO bench_job VALUES (@name, 'ReminderJob', @data)", "@name", "@data");
            await using var trigger = Command(connection, transaction, "INSERT INTO bench_trigger VALUES (@name, @name, @next, 'WAITING', @data)", "@name", "@next", "@data");
            await using var simple = Command(connection, transaction, "INSERT INTO bench_simple_trigger VALUES (@name, 0, 0)", "@name");
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var name = $"raw-{i}";
                await Run(job, name, jobData);
                await Run(trigger, name, fireAt(i).ToUnixTimeMilliseconds(), triggerData);
                await Run(simple, name);
            }

            await transaction.CommitAsync();
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task Run(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        await command.ExecuteNonQueryAsync();
    }
}
