using NodaTime;
using SCO.Arshjul.ClientApi.Tests.Support;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;

namespace SCO.Arshjul.Browser.Tests.Support;

/// <summary>Board decisions recorded straight on the grains (as the API would), so the pages have something to show.</summary>
public static class SampleDecisions
{
    /// <summary>
    /// Records <paramref name="reference"/>, decided at the board's last meeting before the factory's start and due
    /// <paramref name="due"/>; recording it again changes nothing. Returns the decision's grain.
    /// </summary>
    public static async Task<IDecisionGrain> RecordAsync(ArshjulWebFactory factory, string reference, string title, LocalDate due)
    {
        var ct = TestContext.Current.CancellationToken;
        var meetings = await factory.Grains.GetGrain<IMeetingRegisterGrain>($"{TestPeople.Org}/meeting-register")
            .ListAsync(new MeetingRegisterFilter(To: factory.Now, BodyId: "styrelse"), ct);
        var grain = factory.Grains.GetGrain<IDecisionGrain>($"{TestPeople.Org}/decision/{reference}");
        var text = $"Styrelsen ger förbundschefen i uppdrag att {char.ToLowerInvariant(title[0])}{title[1..]}.";
        await grain.RecordAsync(
            new RecordDecision(reference, meetings[^1].Key, title, text, TestPeople.Forbundschef, due),
            $"{TestPeople.Org}/{TestPeople.Forbundschef}",
            ct);
        return grain;
    }
}
