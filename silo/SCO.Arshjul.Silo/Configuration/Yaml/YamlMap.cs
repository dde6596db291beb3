using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SCO.Arshjul.Silo.Configuration.Yaml;

/// <summary>
/// A YAML mapping read key by key. Every error it raises names the file, and the line and column of the node
/// at fault (of the mapping itself for a missing key).
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, string file)
{
    /// <summary>The file, for error messages.</summary>
    public string File { get; } = file;

    /// <summary>Where the mapping starts (its first key).</summary>
    public Mark Start => node.Start;

    /// <summary>True when the key is present with a non-null value.</summary>
    public bool Has(string key) => Get(key) is not null;

    /// <summary>The value of <paramref name="key"/>; null when it is absent, empty or <c>~</c>.</summary>
    public YamlNode? Get(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    /// <summary>A single value (not a list or mapping), or null when absent.</summary>
    public YamlScalarNode? Scalar(string key) => Get(key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar,
        var other => throw Error(other, $"'{key}' must be a single value, not a list or mapping"),
    };

    /// <summary>A single value that must be present.</summary>
    public YamlScalarNode RequiredScalar(string key) => Scalar(key) ?? throw Error($"missing field '{key}'");

    /// <summary>A string that must be present.</summary>
    public string String(string key) => RequiredScalar(key).Value!;

    /// <summary>A string, or null when absent.</summary>
    public string? OptionalString(string key) => Scalar(key)?.Value;

    /// <summary>A mapping, or null when absent.</summary>
    public YamlMap? OptionalMap(string key) => Get(key) switch
    {
        null => null,
        YamlMappingNode mapping => new YamlMap(mapping, File),
        var other => throw Error(other, $"'{key}' must be a mapping of keys to values"),
    };

    /// <summary>A mapping that must be present.</summary>
    public YamlMap Map(string key) => OptionalMap(key) ?? throw Error($"missing field '{key}'");

    /// <summary>The items of a list (a single value counts as a list of one); empty when absent unless required.</summary>
    public IReadOnlyList<YamlNode> Items(string key, bool required = false) => Get(key) switch
    {
        null when required => throw Error($"missing field '{key}'"),
        null => [],
        YamlSequenceNode sequence => [.. sequence.Children],
        YamlScalarNode scalar => [scalar],
        var other => throw Error(other, $"'{key}' must be a list"),
    };

    /// <summary>A list whose items are single values.</summary>
    public IReadOnlyList<YamlScalarNode> Scalars(string key, bool required = false) =>
        [.. Items(key, required).Select(item => item as YamlScalarNode ?? throw Error(item, $"each item of '{key}' must be a single value"))];

    /// <summary>A list whose items are mappings.</summary>
    public IReadOnlyList<YamlMap> Maps(string key, bool required = false) =>
        [.. Items(key, required).Select(item => item is YamlMappingNode mapping
            ? new YamlMap(mapping, File)
            : throw Error(item, $"each item of '{key}' must be a mapping of keys to values"))];

    /// <summary>Throws at the first key that is not one of <paramref name="known"/> (catches misspelt keys).</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (var key in node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !known.Contains(name, StringComparer.Ordinal))
            {
                throw Error(key, $"unknown key '{key}' (known: {string.Join(", ", known)})");
            }
        }
    }

    /// <summary>An error at <paramref name="at"/>.</summary>
    public ConfigurationException Error(YamlNode at, string reason) => At(File, at.Start, reason);

    /// <summary>An error at the start of this mapping.</summary>
    public ConfigurationException Error(string reason) => At(File, Start, reason);

    /// <summary>An error at <paramref name="mark"/> in <paramref name="file"/>.</summary>
    public static ConfigurationException At(string file, Mark mark, string reason) =>
        new(file, (int)mark.Line, (int)mark.Column, reason);

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
