namespace SCO.Arshjul.Runtime;

/// <summary>Marker for grain interfaces. Every method of a grain interface returns <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
public interface IGrain;

/// <summary>
/// A grain addressed by a string key. Keys begin with the organisation id, then the kind,
/// then the item: <c>sco/meeting/2025-03-14-styrelse</c>.
/// </summary>
public interface IGrainWithStringKey : IGrain;
