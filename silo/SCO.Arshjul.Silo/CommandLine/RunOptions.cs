using SCO.Arshjul.Silo.Hosting;

namespace SCO.Arshjul.Silo.CommandLine;

/// <summary>What <c>arshjul run</c> was asked to do.</summary>
/// <param name="ConfigDirectory">The configuration directory (organisations/, arshjul/).</param>
/// <param name="Once">Print and exit instead of running until Ctrl+C.</param>
/// <param name="Days">How many days ahead to list what falls due.</param>
/// <param name="Output">Where the wheel is printed (the console by default).</param>
/// <param name="Error">Where a configuration error is written (standard error by default).</param>
/// <param name="HostOverrides">Settings and services that replace the defaults (tests: database file, clock).</param>
public sealed record RunOptions(
    DirectoryInfo ConfigDirectory,
    bool Once = false,
    int Days = 30,
    TextWriter? Output = null,
    TextWriter? Error = null,
    SiloHostOverrides? HostOverrides = null);
