using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains;

/// <summary>What every governance grain's state has: a version and its history.</summary>
public abstract class GovernanceState
{
    /// <summary>Raised by every write; part of the outbox idempotency key <c>{key}/v{version}</c>.</summary>
    public int Version { get; set; }

    /// <summary>Every change: who, when, what.</summary>
    public List<AuditEntry> History { get; set; } = [];
}
