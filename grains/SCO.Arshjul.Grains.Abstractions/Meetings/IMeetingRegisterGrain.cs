using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains.Meetings;

/// <summary>
/// The register of an organisation's meetings, those the annual wheel plans and ad-hoc ones alike: one line per
/// meeting, kept up to date by the meeting grains. Key: <c>{org}/meeting-register</c>, e.g. <c>sco/meeting-register</c>.
/// Calls no other grain.
/// </summary>
public interface IMeetingRegisterGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds or replaces the line of <see cref="MeetingSummary.Key"/>. A summary with a version no higher than the one
    /// held is ignored, so late or repeated upserts do no harm. A key of another organisation is rejected
    /// (<c>organisation.mismatch</c>), one that is not a meeting key too (<c>validation.key-invalid</c>).
    /// </summary>
    [ReRunOnConflict]
    Task UpsertAsync(MeetingSummary summary, CancellationToken cancellationToken = default);

    /// <summary>
    /// The lines matching <paramref name="filter"/> (all when null), ordered by start (as an instant) then key.
    /// A filter whose end is not after its start is rejected (<c>meeting-register.interval-invalid</c>).
    /// </summary>
    Task<IReadOnlyList<MeetingSummary>> ListAsync(
        MeetingRegisterFilter? filter = null,
        CancellationToken cancellationToken = default);
}
