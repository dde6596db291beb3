using System.Globalization;

namespace SCO.Arshjul.Bench.Report;

/// <summary>How figures are written: invariant culture, thousands separated, units chosen by size.</summary>
public static class Fmt
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Rate(double perSecond, string unit = "/s") =>
        perSecond >= 100 ? perSecond.ToString("N0", Invariant) + unit : perSecond.ToString("N1", Invariant) + unit;

    public static string Count(double value) => value.ToString("N0", Invariant);

    public static string Ratio(double value) => value.ToString("0.00", Invariant) + "×";

    public static string Time(TimeSpan time) => Seconds(time.TotalSeconds);

    public static string Seconds(double seconds) => seconds switch
    {
        >= 10 => seconds.ToString("N1", Invariant) + " s",
        >= 1 => seconds.ToString("N2", Invariant) + " s",
        >= 0.01 => (seconds * 1e3).ToString("N1", Invariant) + " ms",
        >= 0.001 => (seconds * 1e3).ToString("N2", Invariant) + " ms",
        >= 0.000001 => (seconds * 1e6).ToString("N2", Invariant) + " µs",
        _ => (seconds * 1e9).ToString("N0", Invariant) + " ns",
    };

    public static string Milliseconds(double milliseconds) => Seconds(milliseconds / 1e3);

    public static string Bytes(double bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (1L << 30)).ToString("N2", Invariant) + " GiB",
        >= 1L << 20 => (bytes / (1L << 20)).ToString("N1", Invariant) + " MiB",
        >= 1L << 10 => (bytes / (1L << 10)).ToString("N1", Invariant) + " KiB",
        _ => bytes.ToString("N0", Invariant) + " B",
    };
}
