namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>The tests of one deployment serving two förbund share one app (its start generates both organisations' wheels) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class TwoOrganisationsCollection : ICollectionFixture<TwoOrganisationsFixture>
{
    public const string Name = "Two organisations";
}
