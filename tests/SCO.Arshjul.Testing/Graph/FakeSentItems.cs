using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>
/// <c>GET /users/{user}/mailFolders/sentitems/messages?$filter=singleValueExtendedProperties/Any(ep: ep/id eq '…' and
/// ep/value eq '…')</c>: the mail the mailbox kept in Sent Items carrying that extended property, as <c>{"value":[{"id"}]}</c>.
/// Like Graph it needs the application permission Mail.Read (or Mail.ReadWrite), else 403 <c>ErrorAccessDenied</c>;
/// other folders and filters are refused with 400.
/// </summary>
internal static partial class FakeSentItems
{
    public static IResult Search(string user, string folder, HttpContext context, FakeGraphStore store, GraphErrorWriter errors)
    {
        if (!FakeTokenRoles.HasAny(context.Request, "Mail.Read", "Mail.ReadWrite"))
        {
            return errors.Result(context, StatusCodes.Status403Forbidden, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
        }

        if (!folder.Equals("sentitems", StringComparison.OrdinalIgnoreCase))
        {
            return errors.Result(context, StatusCodes.Status400BadRequest, "ErrorInvalidIdMalformed", "Id is malformed.");
        }

        var filter = ByExtendedProperty().Match(context.Request.Query["$filter"].ToString());
        if (!filter.Success)
        {
            return errors.Result(context, StatusCodes.Status400BadRequest, "BadRequest", "Invalid filter clause: the fake knows only the extended-property filter.");
        }

        var (id, value) = (Unquote(filter.Groups["id"].Value), Unquote(filter.Groups["value"].Value));
        var found = store.FindSent(user, mail => mail.ExtendedProperty(id) == value);
        var list = new JsonArray([.. found.Select(sentId => (JsonNode)new JsonObject { ["id"] = sentId })]);
        return Results.Text(FakeJson.Write(new JsonObject { ["value"] = list }), "application/json");
    }

    private static string Unquote(string literal) => literal.Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(
        @"^singleValueExtendedProperties/any\(\s*(?<v>\w+)\s*:\s*\k<v>/id eq '(?<id>(?:[^']|'')*)' and \k<v>/value eq '(?<value>(?:[^']|'')*)'\s*\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByExtendedProperty();
}
