using Microsoft.AspNetCore.Http.HttpResults;

namespace SCO.Arshjul.ClientApi.Api.WorkEnvironment;

/// <summary>A SAM task done: where or how the work is documented (required), e.g. "Protokoll skyddsrond 2026-11-11".</summary>
internal sealed record CompleteTaskRequest(string? Note)
{
    public ProblemHttpResult? Problem() => RequestRules.Required(Note, "note", "Dokumentationen");
}
