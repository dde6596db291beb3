using System.Reflection;

namespace SCO.Arshjul.Runtime;

/// <summary>What a grain interface and its class must look like; checked when they are registered, not on first call.</summary>
internal static class GrainInterfaceRules
{
    public static string TypeNameOf(Type grainClass)
    {
        if (grainClass.GetCustomAttribute<GrainTypeAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        var name = grainClass.Name;
        return (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > 5 ? name[..^5] : name).ToLowerInvariant();
    }

    public static void Validate(Type grainInterface, Type grainClass)
    {
        if (!grainInterface.IsInterface || !typeof(IGrainWithStringKey).IsAssignableFrom(grainInterface))
        {
            throw new ArgumentException($"{grainInterface.Name} must be an interface deriving from IGrainWithStringKey.");
        }

        if (grainClass.IsAbstract || !typeof(Grain).IsAssignableFrom(grainClass) || !grainInterface.IsAssignableFrom(grainClass))
        {
            throw new ArgumentException($"{grainClass.Name} must be a non-abstract Grain class implementing {grainInterface.Name}.");
        }

        foreach (var method in grainInterface.GetMethods().Concat(grainInterface.GetInterfaces().SelectMany(i => i.GetMethods())))
        {
            if (method.IsGenericMethodDefinition)
            {
                throw new ArgumentException($"{grainInterface.Name}.{method.Name} is generic; grain methods cannot be.");
            }

            var returnType = method.ReturnType;
            var isTask = returnType == typeof(Task) ||
                (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>));
            if (!isTask)
            {
                throw new ArgumentException(ReturnTypeMessage(method));
            }
        }
    }

    public static string ReturnTypeMessage(MethodInfo method) =>
        $"{method.DeclaringType?.Name}.{method.Name} returns {method.ReturnType.Name}; grain methods must return Task or Task<T>.";
}
