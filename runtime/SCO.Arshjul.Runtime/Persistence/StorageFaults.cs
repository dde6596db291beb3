using System.Data.Common;
using System.Net.Sockets;

namespace SCO.Arshjul.Runtime;

/// <summary>
/// Tells a failure to reach the database apart from other failures. A SQL storage (and Quartz's job store) throws the
/// driver's <see cref="DbException"/> while its server is stopped, restarting or out of connections; that passes once
/// the server is back, so callers answer "try again" (the API's 503) or try again themselves, where any other
/// exception is a fault.
/// </summary>
public static class StorageFaults
{
    /// <summary>
    /// Whether <paramref name="exception"/>, or one it wraps, says the database cannot be reached just now: a driver
    /// error it calls transient, a connection failure (SQLSTATE class 08), the server shutting down, restarting or not
    /// yet accepting connections (57P01–57P03), out of resources (class 53), or a socket error under a driver error.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db && (db.IsTransient || IsUnavailableState(db.SqlState) || db.InnerException is SocketException or IOException or TimeoutException))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnavailableState(string? sqlState) =>
        sqlState is { Length: 5 } state && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
            || state is "57P01" or "57P02" or "57P03");
}
