using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>The web app's build output, of the same configuration (Debug or Release) as these tests.</summary>
internal static class ClientApiProgram
{
    public static string Path
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent!.Name; // bin/{Configuration}/net10.0/
            var path = System.IO.Path.Combine(
                RepositoryRoot.Directory.FullName, "client-api", "SCO.Arshjul.ClientApi", "bin", configuration, "net10.0", "SCO.Arshjul.ClientApi.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"The web app is not built for {configuration}: {path}");
        }
    }
}
