using System.Diagnostics;
using System.Globalization;

namespace SCO.Arshjul.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster for one test process (<see cref="PostgresDataDirectory"/>), started on a free loopback
/// port, stopped and deleted when the process exits.
/// </summary>
internal static class PrivatePostgresServer
{
    public static async Task<string> StartAsync()
    {
        StopAbandoned();
        var server = await PostgresDataDirectory.CreateAsync();
        await server.StartAsync("-c synchronous_commit=off -c full_page_writes=off");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Delete();
        return server.ConnectionString;
    }

    /// <summary>Stops servers left by test processes that were killed before they could stop their own.</summary>
    internal static void StopAbandoned()
    {
        var prefix = PostgresDataDirectory.Prefix;
        foreach (var directory in Directory.GetDirectories(PostgresDataDirectory.Root, prefix + "*"))
        {
            var pid = Path.GetFileName(directory)[prefix.Length..].Split('-')[0];
            if (int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && !IsRunning(id))
            {
                PostgresDataDirectory.Existing(directory).Delete();
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
