using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>The Graph v1.0 endpoints the fake answers; everything else is 404 <c>ResourceNotFound</c>.</summary>
internal static class FakeGraphEndpoints
{
    private const string Json = "application/json";
    private const string NotFoundMessage = "The specified object was not found in the store.";

    public static void Map(IEndpointRouteBuilder app, FakeGraphStore store, GraphErrorWriter errors)
    {
        var user = app.MapGroup("/v1.0/users/{user}");

        user.MapPost("/events", (string user, HttpContext context) =>
            FakeJson.Body(context) is { } body
                ? Results.Text(store.Create(user, body), Json, statusCode: StatusCodes.Status201Created)
                : BadBody(errors, context));

        user.MapPatch("/events/{id}", (string user, string id, HttpContext context) =>
            FakeJson.Body(context) is not { } body ? BadBody(errors, context)
            : store.Patch(user, id, body) is { } updated ? Results.Text(updated, Json)
            : errors.Result(context, StatusCodes.Status404NotFound, "ErrorItemNotFound", NotFoundMessage));

        user.MapPost("/events/{id}/cancel", (string user, string id, HttpContext context) =>
            store.Cancel(user, id, FakeJson.String(FakeJson.Body(context)?["comment"]))
                ? Results.StatusCode(StatusCodes.Status202Accepted)
                : errors.Result(context, StatusCodes.Status404NotFound, "ErrorItemNotFound", NotFoundMessage));

        user.MapPost("/sendMail", (string user, HttpContext context) =>
        {
            if (FakeJson.Body(context) is not { } body || body["message"] is not JsonObject message)
            {
                return BadBody(errors, context);
            }

            store.AddMail(ToMail(user, message, FakeJson.Boolean(body["saveToSentItems"])));
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });

        user.MapGet("/mailFolders/{folder}/messages", (string user, string folder, HttpContext context) =>
            FakeSentItems.Search(user, folder, context, store, errors));

        user.MapGet("/calendar", () => Results.Text("""{"id":"cal-1","name":"Kalender"}""", Json));

        app.Map("/{**path}", (HttpContext context) => errors.Result(
            context,
            StatusCodes.Status404NotFound,
            "ResourceNotFound",
            $"Resource not found for the segment '{context.Request.Path.Value?.Split('/')[^1]}'."));
    }

    private static FakeMail ToMail(string mailbox, JsonObject message, bool? saveToSentItems)
    {
        var to = (message["toRecipients"] as JsonArray ?? [])
            .Select(recipient => FakeJson.String(recipient?["emailAddress"]?["address"]))
            .OfType<string>()
            .ToList();
        var body = message["body"];
        return new FakeMail(
            mailbox,
            to,
            FakeJson.String(message["subject"]),
            FakeJson.String(body?["contentType"]),
            FakeJson.String(body?["content"]),
            saveToSentItems,
            FakeJson.Element(message));
    }

    private static IResult BadBody(GraphErrorWriter errors, HttpContext context) =>
        errors.Result(context, StatusCodes.Status400BadRequest, "BadRequest", "Empty Payload. JSON content expected.");
}
