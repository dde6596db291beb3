using System.Runtime.InteropServices;

namespace SCO.Arshjul.Bench.Report;

/// <summary>What the figures were measured on.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Memory, string OperatingSystem, string Runtime, string Load)
{
    public static MachineInfo Read() => new(
        Cpu: FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Cores: Environment.ProcessorCount,
        Memory: MemTotal() is { } bytes ? Fmt.Bytes(bytes) : "unknown",
        OperatingSystem: RuntimeInformation.OSDescription,
        Runtime: $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier}), server GC off",
        Load: LoadAverage());

    /// <summary>The 1-minute load average: other work on the machine shows up here.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string? FirstValue(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l.Split(':', 2)[1].Trim()).FirstOrDefault()
            : null;

    private static double? MemTotal() =>
        FirstValue("/proc/meminfo", "MemTotal") is { } text && double.TryParse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var kib)
            ? kib * 1024
            : null;
}
