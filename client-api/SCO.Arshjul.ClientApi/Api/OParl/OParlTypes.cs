namespace SCO.Arshjul.ClientApi.Api.OParl;

/// <summary>The OParl 1.1 object types (the <c>type</c> of every object).</summary>
internal static class OParlTypes
{
    private const string Schema = "https://schema.oparl.org/1.1/";

    public const string Body = Schema + "Body";
    public const string Organization = Schema + "Organization";
    public const string Person = Schema + "Person";
    public const string Membership = Schema + "Membership";
    public const string Meeting = Schema + "Meeting";
    public const string AgendaItem = Schema + "AgendaItem";
    public const string Location = Schema + "Location";
}
