using System.Globalization;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// The campaign's seed and size: fixed by default so every run of the test suite sends the same requests; set
/// <c>ARSHJUL_FUZZ_SEED</c> (to replay a reported seed, or to explore another) and <c>ARSHJUL_FUZZ_REQUESTS</c>.
/// </summary>
public static class FuzzSettings
{
    public const string SeedVariable = "ARSHJUL_FUZZ_SEED";
    public const string RequestsVariable = "ARSHJUL_FUZZ_REQUESTS";

    /// <summary>The default seed: the number.</summary>
    public const int DefaultSeed = 6;

    /// <summary>The least the issue asks for, and the default.</summary>
    public const int MinimumRequests = 10_000;

    public static int Seed => Read(SeedVariable) ?? DefaultSeed;

    public static int Requests => Read(RequestsVariable) ?? MinimumRequests;

    private static int? Read(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
