namespace SCO.Arshjul.Silo.Preview;

/// <summary>How many notifications one person would receive in the period.</summary>
public sealed record PreviewPersonCount(string PersonId, string Name, string Email, int Count);
