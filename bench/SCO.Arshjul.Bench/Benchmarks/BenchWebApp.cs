using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Bench.Benchmarks;

/// <summary>The web app in-process (<see cref="WebApplicationFactory{TEntryPoint}"/>), as the benchmarks start it.</summary>
public static class BenchWebApp
{
    /// <summary>A factory for the web app with <paramref name="configure"/>'s settings; the host starts on first use.</summary>
    public static WebApplicationFactory<Program> Create(Action<IWebHostBuilder> configure)
    {
        // WebApplicationFactory finds the web app's folder from this variable (a test project gets it from its build instead).
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_SCO_ARSHJUL_CLIENTAPI", Path.Combine(RepositoryRoot.Directory.FullName, "client-api", "SCO.Arshjul.ClientApi"));
        return new WebApplicationFactory<Program>().WithWebHostBuilder(configure);
    }
}
