using System.Reflection;

namespace SCO.Arshjul.Runtime;

/// <summary>Creates grain references: proxies that turn interface calls into queued calls on the activation.</summary>
internal sealed class GrainFactory(GrainRuntime runtime, GrainTypeRegistry registry) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        GrainKey.OrganisationOf(key); // validates the key's form
        var typeName = registry.GetTypeName(typeof(TGrainInterface));
        var proxy = DispatchProxy.Create<TGrainInterface, GrainReference>();
        ((GrainReference)(object)proxy!).Bind(runtime, new GrainId(typeName, key));
        return proxy;
    }
}
