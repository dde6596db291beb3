namespace SCO.Arshjul.Notifications.Graph.Check;

/// <summary>One step of <see cref="GraphConfigurationCheck"/>: what was checked and, in plain Swedish, what was found.</summary>
public sealed record GraphCheckStep(string Title, bool Ok, string Detail)
{
    /// <summary>"OK   Token: …" or "FEL  Token: …".</summary>
    public override string ToString() => $"{(Ok ? "OK " : "FEL")}  {Title}: {Detail}";
}
