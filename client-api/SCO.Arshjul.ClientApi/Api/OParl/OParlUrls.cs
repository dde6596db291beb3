using System.Globalization;
using System.Text.Json;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>
/// The absolute addresses of one organisation's OParl lists and objects (every object's <c>id</c>), e.g.
/// <c>{base}/api/v1/orgs/sco/oparl/persons/maria-lovgren</c>; each path segment escaped.
/// </summary>
internal sealed class OParlUrls(Uri publicBase, string org)
{
    public const string Organizations = "organizations";
    public const string Persons = "persons";
    public const string Memberships = "memberships";
    public const string Meetings = "meetings";
    public const string AgendaItems = "agenda-items";

    private readonly string _root = $"{publicBase.AbsoluteUri.TrimEnd('/')}/api/v1/orgs/{Uri.EscapeDataString(org)}/oparl";

    public string Body => $"{_root}/body";

    /// <summary>A list, e.g. <see cref="Meetings"/>.</summary>
    public string List(string list) => $"{_root}/{list}";

    public string Organization(string bodyId) => Item(Organizations, bodyId);

    public string Person(string personId) => Item(Persons, personId);

    public string Membership(string personId, string bodyId, Role role) => Item(Memberships, personId, bodyId, RoleName(role));

    public string Meeting(string meetingId) => Item(Meetings, meetingId);

    /// <summary>The agenda item <paramref name="number"/> (from 1) of a meeting.</summary>
    public string AgendaItem(string meetingId, int number) => Item(AgendaItems, meetingId, number.ToString(CultureInfo.InvariantCulture));

    /// <summary>A role as it stands in a membership's address: the API's camelCase name, e.g. <c>internalControlAuditor</c>.</summary>
    public static string RoleName(Role role) => JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    private string Item(string list, params string[] parts) => $"{_root}/{list}/{string.Join('/', parts.Select(Uri.EscapeDataString))}";
}
