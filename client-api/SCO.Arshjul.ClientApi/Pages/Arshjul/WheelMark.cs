namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>One activity's mark on the årshjul: a link with a tooltip, at a point.</summary>
/// <param name="Href">The item's page, see <see cref="WheelLinks"/>.</param>
/// <param name="Tooltip">What the mark's <c>&lt;title&gt;</c> says: title, when, status.</param>
/// <param name="CssClass">E.g. <c>mark ring-styrelse done</c>.</param>
public sealed record WheelMark(string Href, string Tooltip, string CssClass, double X, double Y);
