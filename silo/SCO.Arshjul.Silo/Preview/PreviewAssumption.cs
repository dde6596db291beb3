namespace SCO.Arshjul.Silo.Preview;

/// <summary>
/// What the preview assumes about what people will do, stated with every preview (the command, the API, the page):
/// the plan is followed from the start of the period on (<see cref="PlanFollower"/>).
/// </summary>
/// <param name="Code">Stable English code: <c>plan-followed</c>.</param>
/// <param name="Text">The assumption in Swedish, for people.</param>
public sealed record PreviewAssumption(string Code, string Text)
{
    /// <summary>Everything is done on its day; what is already late stays late.</summary>
    public static PreviewAssumption PlanFollowed { get; } = new(
        "plan-followed",
        "Planen följs: varje uppgift, kontroll och varje beslut blir klart på sin dag, internkontrollplanen fastställs på "
        + "sitt datum, varje möte hålls på sin tid (också ett möte vars kallelse hjulet inte skickade) och protokollet justeras "
        + "en vecka efter mötet. Därför syns inga "
        + "påminnelser om försening för det som ännu inte har förfallit; det som redan var försenat när förhandsvisningen "
        + "börjar förblir försenat, och dess påminnelser visas. Ingen flyttar eller ställer in möten.");
}
