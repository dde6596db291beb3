namespace SCO.Arshjul.ClientApi.Tests.Organisations;

/// <summary>
/// A request to one of the Swedish pages in the tables of <see cref="CrossOrganisationPageTests"/>: the page's route as
/// mapped (e.g. <c>beslut/{reference}</c>), the address and, for a form, its fields (the antiforgery token is added
/// when sent).
/// </summary>
public sealed record PageRequest(string Route, string Path, IReadOnlyDictionary<string, string>? Form = null)
{
    /// <summary>For failure messages.</summary>
    public override string ToString() => Form is null ? $"GET {Path}" : $"POST {Path} {string.Join('&', Form.Select(f => $"{f.Key}={f.Value}"))}";
}
