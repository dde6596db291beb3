using SCO.Arshjul.Grains.AnnualWheel.Planning;
using SCO.Arshjul.Silo.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace SCO.Arshjul.Silo.Configuration;

/// <summary>Ids in configuration: lower-case ASCII letters and digits joined by hyphens, unique in their list.</summary>
internal static class Ids
{
    public static string Read(YamlMap map, YamlScalarNode value, string what) =>
        value.Value is { } id && WheelPlanner.IsValidId(id)
            ? id
            : throw map.Error(value, $"invalid {what} id '{value.Value}' (use a-z, 0-9 and '-', e.g. styrelsemote)");

    public static void CheckUnique(YamlMap map, YamlScalarNode value, IEnumerable<string> earlier, string what)
    {
        if (earlier.Contains(value.Value, StringComparer.Ordinal))
        {
            throw map.Error(value, $"duplicate {what} id '{value.Value}'");
        }
    }
}
