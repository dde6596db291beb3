namespace SCO.Arshjul.Runtime;

/// <summary>Names a grain class's type in storage and logs (as in Orleans). Without it the class name, minus "Grain", is used.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name, e.g. <c>meeting</c>.</summary>
    public string Name { get; } = name;
}
