namespace SCO.Arshjul.Runtime;

/// <summary>Hands out references to grains. A reference is cheap; the activation is created on the first call.</summary>
public interface IGrainFactory
{
    /// <summary>Returns a reference to the grain of interface <typeparamref name="TGrainInterface"/> with <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The key is empty or does not begin with an organisation id.</exception>
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;
}
