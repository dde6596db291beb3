using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SCO.Arshjul.Silo.Configuration.Yaml;

/// <summary>Reads a YAML file into YamlDotNet's representation model, whose nodes keep their line and column.</summary>
internal static class YamlFile
{
    /// <summary>The file's single document, whose root must be a mapping.</summary>
    public static YamlMap LoadMapping(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(path, 1, 1, "file not found");
        }

        var scanner = new Scanner(new StringReader(File.ReadAllText(path)));
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException error)
        {
            throw new ConfigurationException(path, (int)error.Start.Line, (int)error.Start.Column, $"invalid YAML: {Describe(error)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on e.g. a flow collection left open: use where it stopped.
            var at = scanner.CurrentPosition;
            throw new ConfigurationException(path, (int)at.Line, (int)at.Column, "invalid YAML (is a '[' or '{' left unclosed?)");
        }

        if (stream.Documents.Count != 1)
        {
            throw new ConfigurationException(path, 1, 1, stream.Documents.Count == 0 ? "the file is empty" : "expected one YAML document, found several");
        }

        var root = stream.Documents[0].RootNode;
        return root is YamlMappingNode mapping
            ? new YamlMap(mapping, path)
            : throw new ConfigurationException(path, (int)root.Start.Line, (int)root.Start.Column, "expected a mapping of keys to values at the top");
    }

    private static string Describe(YamlException error)
    {
        // YamlDotNet prefixes some messages with "(Line: …)": the position is already in front of ours.
        var message = error.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
