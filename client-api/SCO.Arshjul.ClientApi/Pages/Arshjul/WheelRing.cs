namespace SCO.Arshjul.ClientApi.Pages.Arshjul;

/// <summary>One ring of the årshjul: the activities of one body or kind.</summary>
/// <param name="Id">A CSS-safe id, e.g. <c>styrelse</c>; the ring's marks carry the class <c>ring-{Id}</c>.</param>
/// <param name="Label">Its Swedish name, e.g. "Styrelsen".</param>
public sealed record WheelRing(string Id, string Label);
