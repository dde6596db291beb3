using NodaTime;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Beslut;

/// <summary>
/// The lines of "Styrelsens beslut och processer" for the page and its export: the decision register filtered, each
/// line with its meeting (from the meeting register), the responsible person's name and the newest note.
/// </summary>
public static class DecisionBoard
{
    /// <summary>Every line of <paramref name="organisation"/> matching <paramref name="filter"/> at <paramref name="now"/>, by due date then reference (the export).</summary>
    public static async Task<IReadOnlyList<DecisionRow>> LoadAsync(
        IGrainFactory grains, string organisation, DecisionBoardFilter filter, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(filter);
        var entries = await Register(grains, organisation).ListAsync(filter.RegisterFilter(now), cancellationToken);
        return await RowsAsync(grains, organisation, entries, cancellationToken);
    }

    /// <summary>
    /// Page <paramref name="page"/> of the lines matching <paramref name="filter"/> (not final first; see
    /// <see cref="IDecisionRegisterGrain.PageAsync"/>), with the register's totals: only the page's lines are read further.
    /// </summary>
    public static async Task<DecisionBoardPage> LoadPageAsync(
        IGrainFactory grains, string organisation, DecisionBoardFilter filter, int page, int pageSize, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(filter);
        var register = await Register(grains, organisation).PageAsync(filter.RegisterFilter(now), page, pageSize, cancellationToken);
        return new DecisionBoardPage(await RowsAsync(grains, organisation, register.Entries, cancellationToken), register);
    }

    private static IDecisionRegisterGrain Register(IGrainFactory grains, string organisation) =>
        grains.GetGrain<IDecisionRegisterGrain>($"{organisation}/decision-register");

    private static async Task<IReadOnlyList<DecisionRow>> RowsAsync(
        IGrainFactory grains, string organisation, IReadOnlyList<DecisionRegisterEntry> shown, CancellationToken cancellationToken)
    {
        var meetings = (await grains.GetGrain<IMeetingRegisterGrain>($"{organisation}/meeting-register").ListAsync(cancellationToken: cancellationToken))
            .ToDictionary(m => m.Key, StringComparer.Ordinal);
        var names = await PeopleNames.LoadAsync(grains, organisation, cancellationToken);

        // The register keeps no notes: each decision is asked for its own (one call per line, concurrently).
        var notes = await Task.WhenAll(shown.Select(e => grains.GetGrain<IDecisionGrain>(e.Summary.Key).GetAsync(cancellationToken)));
        return [.. shown.Select((entry, i) =>
        {
            var meeting = meetings.GetValueOrDefault(entry.Summary.MeetingKey);
            return new DecisionRow(
                entry.Summary,
                entry.IsOverdue,
                meeting?.Title,
                meeting?.Start.Date,
                names.Of(entry.Summary.ResponsiblePersonId),
                notes[i].Notes.Count == 0 ? null : notes[i].Notes[^1]);
        })];
    }
}
