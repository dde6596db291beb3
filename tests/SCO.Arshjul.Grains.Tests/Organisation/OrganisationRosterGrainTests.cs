using System.Text.Json;
using NodaTime;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Grains.Tests.TestSupport;

namespace SCO.Arshjul.Grains.Tests.Organisation;

public sealed class OrganisationRosterGrainTests
{
    private readonly GrainTestHost _host = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportAsync_ValidDefinition_StoresRosterAndRecordsHistory()
    {
        await using var silo = await _host.StartSiloAsync();
        var roster = silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster");

        var snapshot = await roster.ImportAsync(SampleRoster.Definition, "admin", _ct);

        Assert.Equal(1, snapshot.Version);
        Assert.Equal("SCÖ", snapshot.Definition!.ShortName);
        var entry = Assert.Single(snapshot.History);
        Assert.Equal(new AuditEntry(Instant.FromDateTimeOffset(GrainTestHost.Start), "admin", "roster.imported", entry.Details), entry);
        Assert.Contains("4 personer", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_SameDefinitionTwice_ChangesNothing()
    {
        await using var silo = await _host.StartSiloAsync();
        var roster = silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster");
        await roster.ImportAsync(SampleRoster.Definition, "admin", _ct);

        // A structurally equal copy, not the same instance.
        var copy = SampleRoster.Definition with { People = [.. SampleRoster.Definition.People] };
        var again = await roster.ImportAsync(copy, "admin", _ct);

        Assert.Equal(1, again.Version);
        Assert.Single(again.History);
        Assert.Single(await _host.Storage.ReadPendingAsync(10, "roster.changed", _ct));
    }

    [Fact]
    public async Task ImportAsync_ValidDefinition_EnqueuesOneRosterChanged()
    {
        await using var silo = await _host.StartSiloAsync();
        var roster = silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster");

        await roster.ImportAsync(SampleRoster.Definition, "admin", _ct);

        var message = Assert.Single(await _host.Storage.ReadPendingAsync(10, cancellationToken: _ct));
        Assert.Equal(("roster.changed", "sco/roster/v1", "sco/roster"), (message.Kind, message.IdempotencyKey, message.Source.Key));
        Assert.Equal(new RosterChanged("sco/roster", 1, "roster.imported"), JsonSerializer.Deserialize<RosterChanged>(message.Payload, GovernanceJson.Options));
    }

    [Fact]
    public async Task ImportAsync_ChangedMembership_EnqueuesNextVersion()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var roster = silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster");
        var people = SampleRoster.Definition.People;
        var withoutAuditor = SampleRoster.Definition with { People = [.. people.Where(p => p.Id != SampleRoster.Auditor)] };

        var changed = await roster.ImportAsync(withoutAuditor, "admin", _ct);

        Assert.Equal(2, changed.Version);
        Assert.Equal(["sco/roster/v1", "sco/roster/v2"], (await _host.Storage.ReadPendingAsync(10, "roster.changed", _ct)).Select(m => m.IdempotencyKey));
    }

    [Fact]
    public async Task FindPersonAsync_KnownLocalAndQualifiedIds_ReturnsPerson()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var roster = silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster");

        Assert.Equal("Dora Förbundschef", (await roster.FindPersonAsync(SampleRoster.Director, _ct))?.Name);
        Assert.Equal("Dora Förbundschef", (await roster.FindPersonAsync("sco/" + SampleRoster.Director, _ct))?.Name);
        Assert.Null(await roster.FindPersonAsync("okand", _ct));
    }

    [Fact]
    public async Task FindPersonAsync_PersonOfAnotherOrganisation_Throws()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var roster = silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster");

        await Expect.RejectedAsync(GovernanceErrorCodes.OrganisationMismatch, () => roster.FindPersonAsync("annat/" + SampleRoster.Director, _ct));
    }

    [Fact]
    public async Task GetMembersAsync_Board_ReturnsPeopleWithTheirRolesThere()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var roster = silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster");

        var members = await roster.GetMembersAsync(SampleRoster.Board, _ct);

        Assert.Equal([SampleRoster.Chair, SampleRoster.Auditor], members.Select(m => m.PersonId));
        var auditor = members[1];
        Assert.Equal([Role.Member, Role.InternalControlAuditor], auditor.Roles);
        Assert.Equal(["Region Östergötland"], auditor.RepresentedOrganisations);
    }

    [Fact]
    public async Task GetMembersAsync_UnknownBody_Throws()
    {
        await using var silo = await _host.StartWithRosterAsync();
        var roster = silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster");

        await Expect.RejectedAsync(GovernanceErrorCodes.RosterBodyUnknown, () => roster.GetMembersAsync("revisorer", _ct));
    }

    public static TheoryData<string, OrganisationDefinition> InvalidDefinitions()
    {
        var d = SampleRoster.Definition;
        var person = d.People[0];
        return new TheoryData<string, OrganisationDefinition>
        {
            { GovernanceErrorCodes.OrganisationMismatch, d with { Id = "annat" } },
            { GovernanceErrorCodes.RosterDuplicateId, d with { Bodies = [.. d.Bodies, d.Bodies[0]] } },
            { GovernanceErrorCodes.RosterDuplicateId, d with { People = [.. d.People, person with { Name = "Tvilling" }] } },
            { GovernanceErrorCodes.RosterEmailInvalid, d with { People = [person with { Email = "inte-en-adress" }] } },
            { GovernanceErrorCodes.RosterEmailInvalid, d with { People = [person with { Email = "Eva <eva@example.se>" }] } },
            { GovernanceErrorCodes.RosterMembershipBodyUnknown, d with { People = [person with { Memberships = [new MembershipDefinition("okant-organ", Role.Member)] }] } },
            { GovernanceErrorCodes.Required, d with { Name = " " } },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public async Task ImportAsync_InvalidDefinition_ThrowsAndKeepsState(string code, OrganisationDefinition definition)
    {
        await using var silo = await _host.StartWithRosterAsync();
        var roster = silo.GrainFactory.GetGrain<IOrganisationRosterGrain>("sco/roster");

        await Expect.RejectedAndUnchangedAsync(code, () => roster.GetAsync(_ct), () => roster.ImportAsync(definition, "admin", _ct));
        Assert.Single(await _host.Storage.ReadPendingAsync(10, "roster.changed", _ct));
    }
}
