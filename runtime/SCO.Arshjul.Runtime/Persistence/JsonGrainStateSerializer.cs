using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Runtime;

/// <summary>System.Text.Json with the options in <see cref="GrainRuntimeOptions.JsonSerializerOptions"/>.</summary>
internal sealed class JsonGrainStateSerializer(IOptions<GrainRuntimeOptions> options) : IGrainStateSerializer
{
    private readonly JsonSerializerOptions _options = options.Value.JsonSerializerOptions;

    public string Serialize<T>(T state) => JsonSerializer.Serialize(state, _options);

    public T Deserialize<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, _options)
        ?? throw new JsonException($"Stored state of type {typeof(T).Name} deserialised to null.");
}
