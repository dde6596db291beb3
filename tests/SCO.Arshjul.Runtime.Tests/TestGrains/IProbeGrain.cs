namespace SCO.Arshjul.Runtime.Tests.TestGrains;

/// <summary>A grain for runtime behaviour: call order, blocking, calls to other grains. Key: <c>{org}/probe/{id}</c>.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    /// <summary>Appends <paramref name="entry"/> to the shared <see cref="ProbeLog"/> after a yield.</summary>
    Task RecordAsync(string entry);

    /// <summary>Opens gate "{gate}:entered", then waits until the gate <paramref name="gate"/> in <see cref="ProbeGates"/> opens.</summary>
    Task WaitForGateAsync(string gate);

    /// <summary>Calls the next grain in <paramref name="path"/> (keys), which calls the next, and so on.</summary>
    Task<string> ForwardAsync(IReadOnlyList<string> path);

    Task FailAsync(string message);

    /// <summary>Adds two numbers without awaiting anything: a call that completes synchronously.</summary>
    Task<long> SumAsync(int first, long second);

    Task<int> GetActivationCountAsync();

    Task DeactivateAsync();
}
