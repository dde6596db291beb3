using SCO.Arshjul.Grains.AnnualWheel.Template;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains.AnnualWheel.Planning;

/// <summary>Resolves bodies, responsible roles and internkontrollanter against an organisation's roster.</summary>
public sealed class RosterResolver(OrganisationDefinition organisation)
{
    /// <summary>The roster's internkontrollanter, in roster order.</summary>
    public IReadOnlyList<string> InternalControlAuditors { get; } =
        [.. organisation.People.Where(p => p.Memberships.Any(m => m.Role == Role.InternalControlAuditor)).Select(p => p.Id)];

    /// <summary>The placeholder a meeting's location may hold for <see cref="OrganisationDefinition.MeetingPlace"/>.</summary>
    public const string MeetingPlace = "{meetingPlace}";

    /// <summary><paramref name="location"/> with <see cref="MeetingPlace"/> replaced by the organisation's meeting place.</summary>
    /// <exception cref="WheelPlanningException">The location uses it and the organisation names none.</exception>
    public string? Place(string? location, string activityId) =>
        location is null || !location.Contains(MeetingPlace, StringComparison.Ordinal) ? location
        : organisation.MeetingPlace is { } place ? location.Replace(MeetingPlace, place, StringComparison.Ordinal)
        : throw new WheelPlanningException(
            $"the location '{location}' needs the organisation's meetingPlace, and {organisation.Id} has none (config/organisations/{organisation.Id}.yaml)", activityId);

    /// <summary>Throws unless every id is a body of the roster.</summary>
    public void CheckBodies(IEnumerable<string> bodyIds, string activityId)
    {
        foreach (var bodyId in bodyIds.Where(b => organisation.Bodies.All(body => body.Id != b)))
        {
            throw new WheelPlanningException(
                $"unknown body '{bodyId}' (known: {string.Join(", ", organisation.Bodies.Select(b => b.Id))})", activityId);
        }
    }

    /// <summary>
    /// The person id for <paramref name="party"/> (the förbundschef when null): the person itself, or the first
    /// person in roster order who holds the role (in the given body, if one is named).
    /// </summary>
    public string Resolve(ResponsibleParty? party, string activityId)
    {
        party ??= ResponsibleParty.Director;
        if (party.PersonId is { } personId)
        {
            return organisation.People.Any(p => p.Id == personId)
                ? personId
                : throw new WheelPlanningException($"unknown person '{personId}' in {organisation.Id}", activityId);
        }

        var holder = organisation.People.FirstOrDefault(p => p.Memberships.Any(m =>
            m.Role == party.Role && (party.BodyId is null || m.BodyId == party.BodyId)));
        var where = party.BodyId is null ? organisation.Id : $"{organisation.Id}/{party.BodyId}";
        return holder?.Id ?? throw new WheelPlanningException(
            $"nobody in {where} holds the role '{(party.Role is { } role ? SwedishNames.Of(role) : "?")}'", activityId);
    }

    /// <summary>Throws unless <paramref name="personId"/> is one of the roster's internkontrollanter.</summary>
    public string CheckInternalControlAuditor(string personId, string controlId) =>
        InternalControlAuditors.Contains(personId)
            ? personId
            : throw new WheelPlanningException(
                $"control '{controlId}': '{personId}' is not an internkontrollant (known: {string.Join(", ", InternalControlAuditors)})",
                WheelPlanner.InternalControlActivityId);
}
