using SCO.Arshjul.ClientApi.Api.Decisions;
using SCO.Arshjul.ClientApi.Api.History;
using SCO.Arshjul.ClientApi.Api.InternalControl;
using SCO.Arshjul.ClientApi.Api.Meetings;
using SCO.Arshjul.ClientApi.Api.Notifications;
using SCO.Arshjul.ClientApi.Api.OParl;
using SCO.Arshjul.ClientApi.Api.Preview;
using SCO.Arshjul.ClientApi.Api.Tokens;
using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.ClientApi.Api.WorkEnvironment;

namespace SCO.Arshjul.ClientApi.Api;

/// <summary>
/// The HTTP API, <c>/api/v1/orgs/{org}/…</c>: JSON, problem+json errors, described at <c>/openapi/v1.json</c>. Every
/// route needs a signed-in person (cookie) or a personal API token, of the route's organisation.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The longest free text (a title, a note, a comment) the API takes.</summary>
    public const int MaxTextLength = 4000;

    public static IEndpointRouteBuilder MapArshjulApi(this IEndpointRouteBuilder app)
    {
        var organisation = app.MapGroup("/api/v1/orgs/{org}")
            .RequireAuthorization()
            .AddEndpointFilter<OrganisationScope>()
            .DisableAntiforgery();
        organisation.MapDecisionEndpoints();
        organisation.MapOParlEndpoints();
        organisation.MapInternalControlEndpoints();
        organisation.MapNotificationEndpoints();
        organisation.MapTokenEndpoints();
        organisation.MapWheelEndpoints();
        organisation.MapMeetingEndpoints();
        organisation.MapHistoryEndpoints();
        organisation.MapWorkEnvironmentEndpoints();
        organisation.MapPreviewEndpoints();
        return app;
    }
}
