using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace SCO.Arshjul.Runtime;

/// <summary>
/// Invokes one grain interface method on an activation; one cached instance per method. The method is called through a
/// delegate compiled once (a cast of each argument and an interface call), not through reflection (<c>MethodInfo.Invoke</c>).
/// </summary>
internal abstract class MethodDispatcher
{
    private static readonly ConcurrentDictionary<MethodInfo, MethodDispatcher> Cache = new();

    private MethodDispatcher(MethodInfo method) => ReRunsOnConflict = method.GetCustomAttribute<ReRunOnConflictAttribute>() is not null;

    /// <summary>Whether the method is marked <see cref="ReRunOnConflictAttribute"/>.</summary>
    protected bool ReRunsOnConflict { get; }

    public static MethodDispatcher For(MethodInfo method) => Cache.GetOrAdd(method, Create);

    /// <summary>Returns the Task (or Task&lt;T&gt;) the caller awaits.</summary>
    public abstract object Dispatch(GrainRuntime runtime, GrainId grainId, object?[] args);

    /// <summary><c>(grain, args) => ((TInterface)grain).Method((T0)args[0], …)</c>, returning the method's task.</summary>
    internal static Func<Grain, object?[], TTask> Compile<TTask>(MethodInfo method)
        where TTask : Task
    {
        var grain = Expression.Parameter(typeof(Grain), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var arguments = method.GetParameters().Select((p, i) =>
            Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, arguments);
        return Expression.Lambda<Func<Grain, object?[], TTask>>(Expression.Convert(call, typeof(TTask)), grain, args).Compile();
    }

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

    /// <summary>A method returning <see cref="Task"/>: its completion becomes a <c>Task&lt;bool&gt;</c> (a Task all the same to the caller).</summary>
    private sealed class VoidDispatcher(MethodInfo method) : MethodDispatcher(method)
    {
        private static readonly Task<bool> Done = Task.FromResult(true);
        private readonly Func<Grain, object?[], Task> _invoke = Compile<Task>(method);

        public override object Dispatch(GrainRuntime runtime, GrainId grainId, object?[] args) =>
            ReRunsOnConflict ? runtime.InvokeReRunningOnConflictAsync(grainId, Invoke, args) : runtime.InvokeAsync(grainId, Invoke, args);

        private Task<bool> Invoke(Grain grain, object?[] args)
        {
            var task = _invoke(grain, args);
            return task.IsCompletedSuccessfully ? Done : AwaitAsync(task);
        }

        private static async Task<bool> AwaitAsync(Task task)
        {
            await task;
            return true;
        }
    }

    private sealed class ValueDispatcher<T>(MethodInfo method) : MethodDispatcher(method)
    {
        private readonly Func<Grain, object?[], Task<T>> _invoke = Compile<Task<T>>(method);

        public override object Dispatch(GrainRuntime runtime, GrainId grainId, object?[] args) =>
            ReRunsOnConflict ? runtime.InvokeReRunningOnConflictAsync(grainId, _invoke, args) : runtime.InvokeAsync(grainId, _invoke, args);
    }
}
