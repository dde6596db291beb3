namespace SCO.Arshjul.Runtime;

/// <summary>The identity of one grain: its type name and its key.</summary>
/// <param name="Type">The grain type name, e.g. <c>meeting</c>.</param>
/// <param name="Key">The full key, beginning with the organisation id: <c>sco/meeting/2025-03-14-styrelse</c>.</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>The organisation id: the key up to its first '/'.</summary>
    public string OrganisationId => GrainKey.OrganisationOf(Key);

    /// <inheritdoc />
    public override string ToString() => $"{Type}:{Key}";
}
