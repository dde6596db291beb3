namespace SCO.Arshjul.Testing;

/// <summary>The repository checkout the tests run from: the folder holding SCO.Arshjul.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<DirectoryInfo> Root = new(Find);

    /// <summary>The repository root.</summary>
    public static DirectoryInfo Directory => Root.Value;

    /// <summary>The sample configuration, <c>config/</c>.</summary>
    public static DirectoryInfo Config => new(Path.Combine(Directory.FullName, "config"));

    private static DirectoryInfo Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SCO.Arshjul.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"No SCO.Arshjul.sln above {AppContext.BaseDirectory}.");
    }
}
