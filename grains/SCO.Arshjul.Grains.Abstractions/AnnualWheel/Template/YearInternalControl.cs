namespace SCO.Arshjul.Grains.AnnualWheel.Template;

/// <summary>A year file's internkontrollplan: pinned dates and, if given, the controls that replace the template's.</summary>
public sealed record YearInternalControl(
    PinnedOccurrence? AdoptBy = null,
    PinnedOccurrence? FollowUp = null,
    IReadOnlyList<ControlTemplate>? Controls = null);
