namespace SCO.Arshjul.Runtime;

/// <summary>A grain interface and the class that implements it, as registered with <c>AddGrain</c>.</summary>
internal sealed record GrainRegistration(Type Interface, Type Class, string TypeName);
