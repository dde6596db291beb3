using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SCO.Arshjul.Runtime.Tests.Persistence;

/// <summary>What counts as "the database cannot be reached just now" (a 503, a retry) and what stays a fault.</summary>
public sealed class StorageFaultsTests
{
    [Theory]
    [InlineData("57P01")] // terminating connection due to administrator command (the server is stopping)
    [InlineData("57P03")] // the database system is starting up / shutting down
    [InlineData("08006")] // connection failure
    [InlineData("53300")] // too many connections
    public void IsUnavailable_ServerStoppingStartingOrFull_True(string sqlState) =>
        Assert.True(StorageFaults.IsUnavailable(new PostgresException("server away", "FATAL", "FATAL", sqlState)));

    [Theory]
    [InlineData("23505")] // unique violation: a bug or a race, not an outage
    [InlineData("42P01")] // undefined table
    public void IsUnavailable_ErrorOfTheStatement_False(string sqlState) =>
        Assert.False(StorageFaults.IsUnavailable(new PostgresException("statement failed", "ERROR", "ERROR", sqlState)));

    [Fact]
    public void IsUnavailable_WrappedByACaller_LooksInside() =>
        Assert.True(StorageFaults.IsUnavailable(new InvalidOperationException("job store", new NpgsqlException("Exception while reading from stream", new IOException("reset")))));

    [Fact]
    public void IsUnavailable_NoDatabaseError_False()
    {
        Assert.False(StorageFaults.IsUnavailable(new InvalidOperationException("bug", new SocketException(111))));
        Assert.False(StorageFaults.IsUnavailable(null));
    }

    [Fact]
    public async Task IsUnavailable_WhatNpgsqlThrowsForAServerNotListening_True()
    {
        var port = FreePort();
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Timeout=5;Pooling=false");

        var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync(TestContext.Current.CancellationToken));

        Assert.True(StorageFaults.IsUnavailable(refused));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
