using System.Collections.Concurrent;
using System.Reflection;

namespace SCO.Arshjul.Runtime;

/// <summary>Invokes one grain interface method on an activation; one cached instance per method.</summary>
internal abstract class MethodDispatcher(MethodInfo method)
{
    private static readonly ConcurrentDictionary<MethodInfo, MethodDispatcher> Cache = new();

    public static MethodDispatcher For(MethodInfo method) => Cache.GetOrAdd(method, Create);

    /// <summary>Returns the Task (or Task&lt;T&gt;) the caller awaits.</summary>
    public abstract object Dispatch(GrainRuntime runtime, GrainId grainId, object?[] args);

    protected object? InvokeOn(Grain grain, object?[] args) =>
        method.Invoke(grain, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null);

    private static MethodDispatcher Create(MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
        {
            return new VoidDispatcher(method);
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var dispatcherType = typeof(ValueDispatcher<>).MakeGenericType(returnType.GetGenericArguments()[0]);
            return (MethodDispatcher)Activator.CreateInstance(dispatcherType, method)!;
        }

        throw new NotSupportedException(GrainInterfaceRules.ReturnTypeMessage(method));
    }

    private sealed class VoidDispatcher(MethodInfo method) : MethodDispatcher(method)
    {
        public override object Dispatch(GrainRuntime runtime, GrainId grainId, object?[] args) =>
            runtime.InvokeAsync(grainId, async grain =>
            {
                await (Task)InvokeOn(grain, args)!;
                return true;
            });
    }

    private sealed class ValueDispatcher<T>(MethodInfo method) : MethodDispatcher(method)
    {
        public override object Dispatch(GrainRuntime runtime, GrainId grainId, object?[] args) =>
            runtime.InvokeAsync(grainId, grain => (Task<T>)InvokeOn(grain, args)!);
    }
}
