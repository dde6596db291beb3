namespace SCO.Arshjul.Silo.Reports;

/// <summary>Swedish words for the status names grains report (the names of their status enums).</summary>
internal static class StatusLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["NotPlanned"] = "ej planerad",
        ["Planned"] = "planerad",
        ["InvitationSent"] = "kallelse skickad",
        ["PapersSent"] = "handlingar skickade",
        ["Held"] = "genomfört",
        ["MinutesApproved"] = "protokoll justerat",
        ["Cancelled"] = "inställt",
        ["Rescheduled"] = "flyttat",
        ["Open"] = "öppen",
        ["Completed"] = "klar",
        ["Adopted"] = "fastställd",
        ["NotChecked"] = "ej kontrollerad",
        ["Ok"] = "kontrollerad: OK",
        ["Deviation"] = "kontrollerad: avvikelse",
        ["Decided"] = "beslutat",
        ["InProgress"] = "pågår",
        ["Executed"] = "verkställt",
        ["ReportedBack"] = "återrapporterat",
    };

    /// <summary>The Swedish label, or the name itself for a status this table does not know yet.</summary>
    public static string For(string status) => Labels.GetValueOrDefault(status, status);
}
