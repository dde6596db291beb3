namespace SCO.Arshjul.Grains.Organisation;

/// <summary>The kinds of body in a samordningsförbund (shared/DOMAIN.md). YAML names in brackets.</summary>
public enum BodyKind
{
    /// <summary>Styrelse [styrelse]: the decision-making board.</summary>
    Board,

    /// <summary>Beredningsgrupp [beredningsgrupp]: prepares the board's decisions.</summary>
    PreparationGroup,

    /// <summary>Medlemsråd [medlemsråd]: consulted twice a year.</summary>
    MembersCouncil,

    /// <summary>Kansli [kansli]: the office, led by the förbundschef.</summary>
    Office,

    /// <summary>Revisorer [revisorer]: the auditors.</summary>
    Auditors,
}
