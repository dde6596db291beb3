namespace SCO.Arshjul.Runtime;

/// <summary>The life of an activation, in order.</summary>
internal enum ActivationStatus
{
    Created,
    Active,
    Deactivating,
    Deactivated,
}
