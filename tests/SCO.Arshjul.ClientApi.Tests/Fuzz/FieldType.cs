namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>What a parameter or a body property holds, as far as the request generator needs to know.</summary>
public enum FieldType
{
    /// <summary>Text, or anything the document gives no type for.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A JSON array of texts.</summary>
    TextList,

    /// <summary>A NodaTime <c>LocalDate</c>: <c>2026-12-01</c>.</summary>
    LocalDate,

    /// <summary>A NodaTime <c>LocalDateTime</c>: <c>2026-12-01T09:00:00</c>.</summary>
    LocalDateTime,

    /// <summary>A NodaTime <c>Instant</c>: <c>2026-12-01T08:00:00Z</c>.</summary>
    Instant,
}
