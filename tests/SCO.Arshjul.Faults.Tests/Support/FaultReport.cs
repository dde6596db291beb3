namespace SCO.Arshjul.Faults.Tests.Support;

/// <summary>What a fault test measured, appended to the file <c>ARSHJUL_FAULT_REPORT</c> names (the soak script prints it).</summary>
internal static class FaultReport
{
    public static void Write(string line)
    {
        TestContext.Current.SendDiagnosticMessage(line);
        if (Environment.GetEnvironmentVariable("ARSHJUL_FAULT_REPORT") is { Length: > 0 } path)
        {
            File.AppendAllLines(path, [$"{TimeProvider.System.GetUtcNow():u} {line}"]);
        }
    }
}
