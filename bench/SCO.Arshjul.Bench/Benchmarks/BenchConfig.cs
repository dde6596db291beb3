using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Bench.Benchmarks;

/// <summary>A copy of the repository's <c>config/</c> with more organisations: the sample one and copies of it under other ids.</summary>
public static class BenchConfig
{
    /// <summary>config/ copied to <paramref name="target"/>, with <paramref name="organisations"/> − 1 copies of the sample organisation.</summary>
    public static string Copy(string target, int organisations)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Config.FullName, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryRoot.Config.FullName, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var sample = File.ReadAllText(Path.Combine(target, "organisations", "sco.yaml"));
        for (var i = 1; i < organisations; i++)
        {
            var id = $"org-{i:0000}";
            File.WriteAllText(
                Path.Combine(target, "organisations", $"{id}.yaml"),
                sample.Replace("\nid: sco\n", $"\nid: {id}\n", StringComparison.Ordinal)
                    .Replace("\nname: Samordningsförbundet Centrala Östergötland\n", $"\nname: Samordningsförbund {i}\n", StringComparison.Ordinal));
        }

        return target;
    }
}
