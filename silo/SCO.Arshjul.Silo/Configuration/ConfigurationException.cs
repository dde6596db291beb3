namespace SCO.Arshjul.Silo.Configuration;

/// <summary>
/// A configuration file is wrong. The message names the file, the line and column, and what is wrong, e.g.
/// <c>config/arshjul/sco-2025.yaml:42:7: unknown body 'styrelsen' (known: styrelse, beredningsgrupp, …)</c>.
/// Line and column are 1-based; a problem with the file as a whole (missing, empty) is reported at 1:1.
/// </summary>
public sealed class ConfigurationException(string file, int line, int column, string reason)
    : Exception($"{file}:{line}:{column}: {reason}")
{
    /// <summary>The file, as the path it was loaded by (e.g. <c>config/arshjul/template.yaml</c>).</summary>
    public string File { get; } = file;

    /// <summary>1-based line.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column.</summary>
    public int Column { get; } = column;

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; } = reason;
}
