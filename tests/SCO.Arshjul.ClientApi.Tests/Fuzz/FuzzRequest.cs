using System.Text;

namespace SCO.Arshjul.ClientApi.Tests.Fuzz;

/// <summary>
/// One generated request: who sends it (a role of the sample roster, or <see cref="Anonymous"/>), what, and whether
/// it carries a defect the API must refuse (<see cref="MustReject"/>: a 2xx to it is a finding too).
/// </summary>
/// <param name="Index">Its place in the campaign: the seed and the index replay it.</param>
/// <param name="Authorization">The header sent instead of the persona's token; empty for none.</param>
/// <param name="Accept">The Accept header, or null for none.</param>
/// <param name="Strategies">The names of what broke it, e.g. <c>wrong-type+foreign-org</c>.</param>
public sealed record FuzzRequest(
    int Index,
    string Operation,
    string Persona,
    string Method,
    string Path,
    byte[]? Body,
    string? ContentType,
    string? Authorization,
    string? Accept,
    IReadOnlyList<string> Strategies,
    bool MustReject)
{
    /// <summary>The persona of a request without a token of anyone.</summary>
    public const string Anonymous = "anonymous";

    private const int Shown = 300;

    /// <summary>The strategies as one name.</summary>
    public string Strategy => string.Join("+", Strategies);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (!string.IsNullOrEmpty(Authorization))
        {
            message.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }

        if (Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        }

        return message;
    }

    /// <summary>The request in one line, long parts cut: for failure messages.</summary>
    public string Describe()
    {
        var body = Body is null ? "none" : $"{Body.Length} bytes {ContentType ?? "(no content type)"}: {Cut(Encoding.UTF8.GetString(Body))}";
        var auth = Authorization is null ? string.Empty : $" Authorization: {Cut(Authorization)}";
        var accept = Accept is null ? string.Empty : $" Accept: {Accept}";
        return $"#{Index} [{Strategy}] as {Persona}: {Method} {Cut(Path)}{auth}{accept} body {body}";
    }

    private static string Cut(string text) =>
        text.Length <= Shown ? text.Replace("\0", "\\0", StringComparison.Ordinal) : $"{text[..Shown].Replace("\0", "\\0", StringComparison.Ordinal)}… ({text.Length} chars)";
}
