namespace SCO.Arshjul.Runtime;

/// <summary>Turns grain state into the JSON that storage keeps, and back.</summary>
public interface IGrainStateSerializer
{
    /// <summary>Serialises <paramref name="state"/> to JSON.</summary>
    string Serialize<T>(T state);

    /// <summary>Reads state back from JSON.</summary>
    T Deserialize<T>(string payload);
}
