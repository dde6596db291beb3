namespace SCO.Arshjul.Testing;

/// <summary>
/// A configuration directory serving two förbund: the sample configuration (<c>config/</c>, SCÖ) with the fictional
/// second organisation of <c>tests/fixtures/second-organisation/</c> (Samordningsförbundet Sjöbygden: its roster and
/// its 2025 year file) laid over it, copied to a temporary directory that is deleted on dispose.
/// </summary>
public sealed class TwoOrganisationsConfig : IDisposable
{
    /// <summary>The sample organisation's id.</summary>
    public const string First = "sco";

    /// <summary>The second organisation's id.</summary>
    public const string Second = "sjobygden";

    /// <summary>The person on both boards, with the same address in both rosters.</summary>
    public const string SharedPersonEmail = "johan.brandt@example.org";

    /// <summary>Copies the two into a fresh temporary directory.</summary>
    public TwoOrganisationsConfig()
    {
        Directory = Path.Combine(Path.GetTempPath(), $"arshjul-two-orgs-{Guid.NewGuid():N}");
        Copy(RepositoryRoot.Config.FullName, Directory);
        Copy(Fixture.FullName, Directory);
    }

    /// <summary>The fixture laid over <c>config/</c>: <c>organisations/sjobygden.yaml</c>, <c>arshjul/sjobygden-2025.yaml</c>.</summary>
    public static DirectoryInfo Fixture => new(Path.Combine(RepositoryRoot.Directory.FullName, "tests", "fixtures", "second-organisation"));

    /// <summary>The configuration directory to load.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
