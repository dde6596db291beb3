namespace SCO.Arshjul.Runtime;

/// <summary>The grains a call is waiting through, innermost last: A → B → C. Immutable, shared between calls.</summary>
internal sealed class CallChain
{
    private CallChain(GrainId grain, CallChain? caller, int depth)
    {
        Grain = grain;
        Caller = caller;
        Depth = depth;
    }

    public GrainId Grain { get; }

    public CallChain? Caller { get; }

    public int Depth { get; }

    public static CallChain Start(GrainId grain) => new(grain, null, 1);

    public CallChain Append(GrainId grain) => new(grain, this, Depth + 1);

    public bool Contains(GrainId grain)
    {
        for (var link = this; link is not null; link = link.Caller)
        {
            if (link.Grain == grain)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"A → B → C", outermost first.</summary>
    public override string ToString()
    {
        var ids = new string[Depth];
        var i = Depth;
        for (var link = this; link is not null; link = link.Caller)
        {
            ids[--i] = link.Grain.ToString();
        }

        return string.Join(" → ", ids);
    }
}
