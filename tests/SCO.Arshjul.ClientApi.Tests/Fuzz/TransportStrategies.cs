using static SCO.Arshjul.ClientApi.Tests.Fuzz.PathStrategies;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>Broken envelopes: a content type that is not JSON, a method the route does not answer, no or a garbage token, an Accept without JSON.</summary>
internal static class TransportStrategies
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"];

    public static IEnumerable<FuzzStrategy> All { get; } =
    [
        new("wrong-content-type", FuzzStage.Transport, 4, o => o.Body is not null, (d, r) =>
        {
            d.ContentType = r.Next(5) == 0 ? null : Pick(FuzzValues.WrongContentTypes, r);
            return true;
        }),
        new("wrong-method", FuzzStage.Transport, 3, _ => true, (d, r) =>
        {
            d.Method = Pick(Methods.Except(d.Operation.MethodsOfRoute).ToList(), r);
            return true;
        }),
        new("garbage-auth", FuzzStage.Transport, 3, _ => true, (d, r) =>
        {
            d.Authorization = Pick(FuzzValues.GarbageAuthorizations, r);
            return !d.Operation.IsAnonymous;
        }),
        new("no-auth", FuzzStage.Transport, 2, _ => true, (d, _) =>
        {
            d.Authorization = string.Empty;
            return !d.Operation.IsAnonymous;
        }),
        new("odd-accept", FuzzStage.Transport, 1, _ => true, (d, r) =>
        {
            d.Accept = Pick(FuzzValues.OddAccepts, r);
            return false;
        }),
    ];
}
