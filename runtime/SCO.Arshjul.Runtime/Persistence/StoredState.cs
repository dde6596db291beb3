namespace SCO.Arshjul.Runtime;

/// <summary>A grain's state as stored: its JSON and the ETag (version) it was written with.</summary>
public sealed record StoredState(string Payload, string ETag);
