namespace SCO.Arshjul.Silo.Tests.Configuration;

/// <summary>A throw-away config directory (organisations/, arshjul/) with small YAML files written by the test.</summary>
internal sealed class TempConfigDirectory : IDisposable
{
    public TempConfigDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), $"arshjul-config-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(Root, "organisations"));
        Directory.CreateDirectory(Path.Combine(Root, "arshjul"));
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="yaml"/> to <paramref name="relativePath"/> and returns the full path.</summary>
    public string Write(string relativePath, string yaml)
    {
        var path = Path.Combine(Root, relativePath);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary>Writes the standard small organisation and template.</summary>
    public TempConfigDirectory WithDefaults()
    {
        Write("organisations/sco.yaml", SampleYaml.Organisation);
        Write("arshjul/template.yaml", SampleYaml.Template);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
