using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Silo.Configuration;

namespace SCO.Arshjul.Silo.Tests.Configuration;

public sealed class OrganisationLoaderTests : IDisposable
{
    private readonly TempConfigDirectory config = new();

    public void Dispose() => config.Dispose();

    [Fact]
    public void Load_ValidFile_ReadsBodiesPeopleAndSwedishRoles()
    {
        var organisation = OrganisationLoader.Load(config.Write("organisations/sco.yaml", SampleYaml.Organisation));

        Assert.Equal(("sco", "Samordningsförbundet Test", "ST"), (organisation.Id, organisation.Name, organisation.ShortName));
        Assert.Equal([BodyKind.Board, BodyKind.Office], organisation.Bodies.Select(b => b.Kind));
        var anna = organisation.People[0];
        Assert.Equal("anna.ek@example.org", anna.Email);
        Assert.Equal(
            [new MembershipDefinition("styrelse", Role.Chair, "Kinda kommun"), new MembershipDefinition("styrelse", Role.InternalControlAuditor)],
            anna.Memberships);
        Assert.Equal(Role.Director, organisation.People[1].Memberships[0].Role);
    }

    [Fact]
    public void Load_UnknownRole_NamesLineColumnAndKnownRoles() =>
        Fails(SampleYaml.Organisation.Replace("role: ordförande", "role: ordforande", StringComparison.Ordinal), 17, 15,
            "unknown role 'ordforande' (known: ordförande, vice ordförande, ledamot, ersättare, internkontrollant, förbundschef, medarbetare, revisor)");

    [Fact]
    public void Load_UnknownBodyInMembership_ListsKnownBodies() =>
        Fails(SampleYaml.Organisation.Replace("- body: kansli", "- body: kansliet", StringComparison.Ordinal), 25, 15,
            "unknown body 'kansliet' (known: styrelse, kansli)");

    [Fact]
    public void Load_UnknownBodyKind_ListsKnownKinds() =>
        Fails(SampleYaml.Organisation.Replace("kind: kansli", "kind: office", StringComparison.Ordinal), 9, 11,
            "unknown body kind 'office' (known: styrelse, beredningsgrupp, medlemsråd, medlemsrad, kansli, revisorer)");

    [Fact]
    public void Load_DuplicatePersonId_PointsAtTheSecond() =>
        Fails(SampleYaml.Organisation.Replace("id: bo-berg", "id: anna-ek", StringComparison.Ordinal), 21, 9, "duplicate person id 'anna-ek'");

    [Fact]
    public void Load_MissingName_PointsAtThePerson() =>
        Fails(SampleYaml.Organisation.Replace("    name: Bo Berg\n", "", StringComparison.Ordinal), 21, 5, "missing field 'name'");

    [Fact]
    public void Load_BadEmail_IsRejected() =>
        Fails(SampleYaml.Organisation.Replace("bo.berg@example.org", "bo.berg", StringComparison.Ordinal), 23, 12, "'bo.berg' is not an e-mail address");

    [Fact]
    public void Load_MisspeltKey_ListsKnownKeys() =>
        Fails(SampleYaml.Organisation.Replace("shortName:", "short:", StringComparison.Ordinal), 3, 1,
            "unknown key 'short' (known: id, name, shortName, meetingPlace, bodies, people)");

    [Fact]
    public void Load_IdNotMatchingFileName_IsRejected() =>
        Fails(SampleYaml.Organisation.Replace("id: sco", "id: scoe", StringComparison.Ordinal), 1, 5,
            "organisation id 'scoe' does not match the file name 'sco'");

    [Fact]
    public void Load_InvalidId_IsRejected() =>
        Fails(SampleYaml.Organisation.Replace("id: bo-berg", "id: Bo Berg", StringComparison.Ordinal), 21, 9,
            "invalid person id 'Bo Berg' (use a-z, 0-9 and '-', e.g. styrelsemote)");

    [Fact]
    public void Load_DuplicateYamlKey_IsASyntaxError() =>
        Fails(SampleYaml.Organisation.Replace("shortName: ST", "name: ST", StringComparison.Ordinal), 3, 1, "invalid YAML: Duplicate key name");

    [Fact]
    public void Load_BadIndentation_IsASyntaxError() =>
        Fails(SampleYaml.Organisation.Replace("    name: Bo Berg", "   name: Bo Berg", StringComparison.Ordinal), 22, 4,
            "invalid YAML: While parsing a block collection, did not find expected '-' indicator.");

    [Fact]
    public void Load_UnclosedFlowList_IsASyntaxError() =>
        Fails("id: sco\nname: [a, b\nshortName: ST\n", 3, 1, "invalid YAML (is a '[' or '{' left unclosed?)");

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var path = Path.Combine(config.Root, "organisations", "saknas.yaml");

        ConfigAssert.Fails(() => OrganisationLoader.Load(path), path, 1, 1, "file not found");
    }

    private void Fails(string yaml, int line, int column, string reason)
    {
        var path = config.Write("organisations/sco.yaml", yaml);
        ConfigAssert.Fails(() => OrganisationLoader.Load(path), path, line, column, reason);
    }
}
