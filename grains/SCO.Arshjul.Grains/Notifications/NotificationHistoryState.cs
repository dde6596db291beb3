namespace SCO.Arshjul.Grains;

/// <summary>Persisted state of <see cref="NotificationHistoryGrain"/>: the version and history every governance grain has.</summary>
public sealed class NotificationHistoryState : GovernanceState;
