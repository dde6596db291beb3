namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// One way to break a request: which operations it fits, how often it is drawn (<paramref name="Weight"/>), and what it
/// does to a draft; <paramref name="Apply"/> returns whether the result must be refused (a definite defect) or may be
/// accepted (odd but legal input).
/// </summary>
/// <param name="Reroutes">It may send the request to another route (a dot segment), so no other strategy's defect is sure to be refused.</param>
internal sealed record FuzzStrategy(
    string Name,
    FuzzStage Stage,
    int Weight,
    Func<ApiOperation, bool> AppliesTo,
    Func<RequestDraft, Random, bool> Apply,
    bool Reroutes = false);
