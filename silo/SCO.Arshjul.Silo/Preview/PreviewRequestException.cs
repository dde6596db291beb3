namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// A preview request that cannot be run (a date that is none, a period reversed, too long or past, an unknown
/// organisation). Nothing was run.
/// </summary>
/// <param name="code">Stable English code, e.g. <c>period.reversed</c>, <c>organisation.unknown</c>.</param>
/// <param name="swedish">Why, in Swedish: the message.</param>
/// <param name="english">Why, in English.</param>
public sealed class PreviewRequestException(string code, string swedish, string english) : Exception(swedish)
{
    /// <summary>Stable English code; clients match on this, never on the message.</summary>
    public string Code { get; } = code;

    /// <summary>Why, in English.</summary>
    public string English { get; } = english;
}
