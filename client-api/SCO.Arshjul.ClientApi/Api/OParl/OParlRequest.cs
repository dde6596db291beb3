using Microsoft.AspNetCore.Mvc;
using SCO.Arshjul.ClientApi.Feeds;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>What every OParl endpoint binds: the organisation, the grains, and the address the ids are built on.</summary>
internal sealed record OParlRequest(
    [FromRoute(Name = "org")] string Org,
    [FromServices] IGrainFactory Grains,
    [FromServices] PublicBaseUrl PublicBase,
    HttpRequest Http,
    CancellationToken CancellationToken)
{
    /// <summary>The organisation's roster and meeting register, read now.</summary>
    public Task<OParlCatalog> CatalogAsync() => OParlCatalog.LoadAsync(Grains, Org, PublicBase.Of(Http), CancellationToken);
}
