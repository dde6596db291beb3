namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>A path or query parameter, or a property of a JSON request body, as the OpenAPI document describes it.</summary>
/// <param name="Bound">
/// For a body property: listed as required, i.e. a constructor parameter the server reads. A computed property the
/// document also lists (<c>parsedKind</c>) is not read, so a wrong value in it is no defect.
/// </param>
public sealed record ApiField(string Name, FieldType Type, bool Bound = true)
{
    /// <summary>Whether the field holds a date or an instant.</summary>
    public bool IsTime => Type is FieldType.LocalDate or FieldType.LocalDateTime or FieldType.Instant;
}
