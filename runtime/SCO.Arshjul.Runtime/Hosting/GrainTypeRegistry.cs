namespace SCO.Arshjul.Runtime;

/// <summary>Which class implements each grain interface, and the grain type names.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, string> _typeNameByInterface = [];
    private readonly Dictionary<string, Type> _classByTypeName = new(StringComparer.Ordinal);

    public GrainTypeRegistry(IEnumerable<GrainRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            if (_classByTypeName.TryGetValue(registration.TypeName, out var existing) && existing != registration.Class)
            {
                throw new InvalidOperationException(
                    $"Grain type name '{registration.TypeName}' is used by both {existing.Name} and {registration.Class.Name}.");
            }

            _classByTypeName[registration.TypeName] = registration.Class;
            _typeNameByInterface[registration.Interface] = registration.TypeName;
        }
    }

    public IEnumerable<string> TypeNames => _classByTypeName.Keys;

    public string GetTypeName(Type grainInterface) =>
        _typeNameByInterface.TryGetValue(grainInterface, out var name)
            ? name
            : throw new InvalidOperationException(
                $"No grain class is registered for {grainInterface.Name}; register one with services.AddGrain<{grainInterface.Name}, TGrain>().");

    public Type GetClass(string typeName) =>
        _classByTypeName.TryGetValue(typeName, out var grainClass)
            ? grainClass
            : throw new InvalidOperationException($"No grain class is registered for grain type '{typeName}'.");
}
