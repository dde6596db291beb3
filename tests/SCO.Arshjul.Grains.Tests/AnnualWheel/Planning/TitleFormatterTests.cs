using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel.Planning;

namespace SCO.Arshjul.Grains.Tests.AnnualWheel.Planning;

public sealed class TitleFormatterTests
{
    [Theory]
    [InlineData("Statusrapport {month}", "Statusrapport augusti")]
    [InlineData("Årsredovisning {previousYear}", "Årsredovisning 2024")]
    [InlineData("Delårsrapport {year} (tertial 2)", "Delårsrapport 2025 (tertial 2)")]
    [InlineData("Verksamhetsplan och budget {nextYear}", "Verksamhetsplan och budget 2026")]
    [InlineData("Styrelsemöte", "Styrelsemöte")]
    public void Format_Placeholders_AreFilled(string title, string expected) =>
        Assert.Equal(expected, TitleFormatter.Format(title, 2025, new LocalDate(2025, 8, 15)));

    [Fact]
    public void FindUnknownPlaceholder_Misspelt_ReturnsIt()
    {
        Assert.Equal("manad", TitleFormatter.FindUnknownPlaceholder("Statusrapport {manad}"));
        Assert.Null(TitleFormatter.FindUnknownPlaceholder("Statusrapport {month}"));
    }

    [Fact]
    public void Format_UnknownPlaceholder_Throws() =>
        Assert.Throws<WheelPlanningException>(() => TitleFormatter.Format("{manad}", 2025, new LocalDate(2025, 8, 15)));
}
