namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// What <see cref="TwoOrganisationsFixture"/> made for one organisation, through its own API where there is one: items
/// whose ids no other organisation has (an ad-hoc meeting and a decision with titles of their own, a failed notification,
/// an API token, a wheel for a year only this organisation has, with its SAM tasks and internkontrollplan), and the
/// ids of its roster that are its alone (a person, a body, a membership).
/// </summary>
/// <param name="Org">The organisation id.</param>
/// <param name="Manager">Its förbundschef, who seeded it and whose API token the tests use.</param>
/// <param name="Token">An API token of the förbundschef, as sent after <c>Bearer</c>.</param>
/// <param name="OnlyYear">A year whose wheel this organisation has and the other has not.</param>
/// <param name="Membership">Person id, body id and role (as OParl names it) of a membership of its own.</param>
public sealed record OrganisationSeed(
    string Org,
    string Manager,
    string MeetingId,
    string MeetingTitle,
    string DecisionReference,
    string DecisionTitle,
    Guid NotificationId,
    string Token,
    int OnlyYear,
    string SamTaskId,
    string ControlId,
    string BodyId,
    string PersonId,
    (string Person, string Body, string Role) Membership);
