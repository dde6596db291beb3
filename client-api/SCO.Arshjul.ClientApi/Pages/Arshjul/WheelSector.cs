namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>One month's sector of the årshjul.</summary>
/// <param name="Label">"jan" … "dec".</param>
/// <param name="Path">The SVG path of the sector over every ring.</param>
/// <param name="LabelX">Where the label stands, outside the rings.</param>
/// <param name="CssClass"><c>month odd</c> or <c>month even</c>, so that neighbours differ.</param>
public sealed record WheelSector(string Label, string Path, double LabelX, double LabelY, string CssClass);
