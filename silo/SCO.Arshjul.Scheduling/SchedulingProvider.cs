namespace SCO.Arshjul.Scheduling;

/// <summary>Where Quartz keeps its jobs and triggers.</summary>
public enum SchedulingProvider
{
    /// <summary>The grains' SQLite database (the embedded default): one node, never clustered.</summary>
    Sqlite,

    /// <summary>The grains' PostgreSQL database; clustered when several nodes share it.</summary>
    Postgres,

    /// <summary>In memory: nothing survives a restart (tests and one-off runs).</summary>
    Memory,
}
