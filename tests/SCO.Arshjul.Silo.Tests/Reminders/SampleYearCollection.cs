namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>The tests that share one run of the 2025 sample year, live and previewed (<see cref="SampleYear"/>).</summary>
[CollectionDefinition(Name)]
public sealed class SampleYearCollection : ICollectionFixture<SampleYear>
{
    public const string Name = "sample year 2025";
}
