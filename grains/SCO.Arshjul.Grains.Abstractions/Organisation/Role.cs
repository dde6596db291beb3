namespace SCO.Arshjul.Grains.Organisation;

/// <summary>A person's role in a body. YAML names in brackets.</summary>
public enum Role
{
    /// <summary>Ordförande [ordförande].</summary>
    Chair,

    /// <summary>Vice ordförande [vice ordförande].</summary>
    ViceChair,

    /// <summary>Ledamot [ledamot]: an ordinary member.</summary>
    Member,

    /// <summary>Ersättare [ersättare]: a deputy, invited to board meetings too.</summary>
    Deputy,

    /// <summary>Internkontrollant [internkontrollant]: a board member appointed to carry out the internal controls.</summary>
    InternalControlAuditor,

    /// <summary>Förbundschef [förbundschef]: leads the kansli and carries out the board's decisions.</summary>
    Director,

    /// <summary>Medarbetare [medarbetare]: staff at the kansli.</summary>
    Staff,

    /// <summary>Revisor [revisor].</summary>
    Auditor,
}
