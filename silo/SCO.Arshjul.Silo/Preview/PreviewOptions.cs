namespace SCO.Arshjul.Silo.Preview;

/// <summary>How the preview judges what it finds, bound from the section <see cref="SectionName"/> (environment: <c>ARSHJUL_Preview__…</c>).</summary>
public sealed class PreviewOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Preview";

    /// <summary>A person receiving more notifications than this in one day is flagged.</summary>
    /// <value>The default value is 5.</value>
    public int MaxPerPersonPerDay { get; set; } = 5;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="InvalidOperationException">What is wrong, naming the setting.</exception>
    public void Validate()
    {
        if (MaxPerPersonPerDay < 1)
        {
            throw new InvalidOperationException($"{SectionName}:MaxPerPersonPerDay must be at least 1 (it is {MaxPerPersonPerDay}).");
        }
    }
}
