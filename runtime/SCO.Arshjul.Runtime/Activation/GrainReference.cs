using System.Reflection;

namespace SCO.Arshjul.Runtime;

/// <summary>The proxy behind a grain reference: each interface call becomes a call on the grain's activation.</summary>
internal class GrainReference : DispatchProxy
{
    private GrainRuntime? _runtime;

    public GrainId GrainId { get; private set; }

    public void Bind(GrainRuntime runtime, GrainId grainId)
    {
        _runtime = runtime;
        GrainId = grainId;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return MethodDispatcher.For(targetMethod).Dispatch(_runtime!, GrainId, args ?? []);
    }

    public override string ToString() => GrainId.ToString();
}
