using System.Data.Common;

namespace SCO.Arshjul.Testing;

/// <summary>What a database driver throws while its server is stopped: transient, so it passes once the server is back.</summary>
public sealed class UnreachableDatabaseException() : DbException("Failed to connect: connection refused (test)")
{
    public override bool IsTransient => true;
}
