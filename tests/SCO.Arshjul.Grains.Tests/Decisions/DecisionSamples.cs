using NodaTime;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Decisions;

/// <summary>The decision on Verksamhetsplan och budget 2025 (SCÖ 2024-2.13), due at the end of March.</summary>
public static class DecisionSamples
{
    public const string Reference = "SCÖ 2024-2.13";
    public const string Key = "sco/decision/" + Reference;

    public static RecordDecision Budget(string reference = Reference, LocalDate? due = null) => new(
        reference,
        "sco/meeting/2024-11-22-styrelse",
        "Verksamhetsplan och budget 2025",
        "Styrelsen fastställer verksamhetsplan och budget 2025 och uppdrar åt förbundschefen att verkställa den.",
        SampleRoster.Director,
        due ?? new LocalDate(2025, 3, 31));
}
