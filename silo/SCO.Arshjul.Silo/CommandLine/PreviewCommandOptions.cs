using SCO.Arshjul.Silo.Hosting;
using SCO.Arshjul.Silo.Preview;

namespace SCO.Arshjul.Silo.CommandLine;

/// <summary>What <c>arshjul preview</c> was asked to do.</summary>
/// <param name="Format"><c>json</c> or <c>table</c>.</param>
/// <param name="Output">Where the preview is written (standard output by default).</param>
/// <param name="Error">Where the heading (with json), refusals and errors go (standard error by default).</param>
/// <param name="HostOverrides">Settings that replace appsettings and environment (tests: the database file, the outbox).</param>
/// <param name="TimeProvider">The real clock (tests).</param>
internal sealed record PreviewCommandOptions(
    DirectoryInfo ConfigDirectory,
    PreviewRequest Request,
    string Format = "table",
    TextWriter? Output = null,
    TextWriter? Error = null,
    SiloHostOverrides? HostOverrides = null,
    TimeProvider? TimeProvider = null);
