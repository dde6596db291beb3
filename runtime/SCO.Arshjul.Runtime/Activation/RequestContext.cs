namespace SCO.Arshjul.Runtime;

/// <summary>
/// The call chain of the current logical flow. Set by an activation around each call it runs, so that a grain's own
/// outgoing calls carry it (the way Orleans' RequestContext flows call information).
/// </summary>
internal static class RequestContext
{
    private static readonly AsyncLocal<CallChain?> Current = new();

    public static CallChain? CallChain
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}
