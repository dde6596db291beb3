namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>When a strategy applies, so that two can be combined: fields first, then the body's bytes, then the envelope.</summary>
internal enum FuzzStage
{
    /// <summary>Odd but legal changes to path values, query values and body properties (applied first, so a defect is not overwritten).</summary>
    Field,

    /// <summary>Definite defects in path values and body properties.</summary>
    Defect,

    /// <summary>The body's bytes as a whole (malformed, truncated …): at most one per request.</summary>
    Raw,

    /// <summary>Method, content type, credentials.</summary>
    Transport,
}
