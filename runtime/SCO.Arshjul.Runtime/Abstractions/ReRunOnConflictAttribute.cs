namespace SCO.Arshjul.Runtime;

/// <summary>
/// On a grain interface method: the call is safe to re-run on newer state. When its write loses to another silo that
/// wrote the grain first (<see cref="InconsistentStateException"/>), the runtime lets the outdated activation go,
/// activates the grain afresh from storage and runs the call again — at most
/// <see cref="GrainRuntimeOptions.ConflictReRuns"/> times — so the caller gets the outcome on the newest state.
/// </summary>
/// <remarks>
/// Safe means: the method decides from its arguments and the grain's state alone, and everything it does is its state
/// write and the outbox messages committed with it (no other side effect before the write). Record-keeping calls
/// (a register line, "kallelse sent", an attempt at sign-in) are; a person's decision taken on the state they saw
/// (reschedule, change a status) is not: without the attribute the caller gets the conflict and decides again.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ReRunOnConflictAttribute : Attribute;
