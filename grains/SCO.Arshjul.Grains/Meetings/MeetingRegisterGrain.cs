using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>All of an organisation's meetings; see <see cref="IMeetingRegisterGrain"/>. Calls no other grain.</summary>
[GrainType("meeting-register")]
internal sealed class MeetingRegisterGrain(TimeProvider timeProvider)
    : SummaryRegisterGrain<MeetingRegisterState, MeetingSummary>(timeProvider), IMeetingRegisterGrain
{
    protected override string ItemKind => "meeting";

    protected override Dictionary<string, MeetingSummary> Lines => State.Meetings;

    public Task<IReadOnlyList<MeetingSummary>> ListAsync(
        MeetingRegisterFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        filter ??= new MeetingRegisterFilter();
        if (filter is { From: { } from, To: { } to } && to <= from)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.MeetingRegisterIntervalInvalid,
                "Periodens slut måste vara efter dess början.");
        }

        IReadOnlyList<MeetingSummary> lines =
        [
            .. State.Meetings.Values
                .Where(m => filter.From is null || m.EndsAt > filter.From)
                .Where(m => filter.To is null || m.StartsAt < filter.To)
                .Where(m => filter.BodyId is null || m.BodyIds.Contains(filter.BodyId, StringComparer.Ordinal))
                .Where(m => filter.Status is null || m.Status == filter.Status)
                .OrderBy(m => m.StartsAt)
                .ThenBy(m => m.Key, StringComparer.Ordinal),
        ];
        return Task.FromResult(lines);
    }

    protected override (string Key, int Version, string ChangedBy) Identify(MeetingSummary summary) =>
        (summary.Key, summary.Version, summary.ChangedBy);

    protected override string Describe(MeetingSummary summary) =>
        $"{summary.Id} version {summary.Version}: {MeetingStatusNames.Swedish(summary.Status)}, {StockholmTime.Format(summary.Start)}.";
}
