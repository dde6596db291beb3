namespace SCO.Arshjul.Notifications;

/// <summary>
/// The organisations one deployment serves (the ids of <c>config/organisations/*.yaml</c>), registered by the host that
/// loaded them so that settings keyed by organisation (<c>Notifications:Composition:Organizers:{org}</c>,
/// <c>Notifications:Graph:Mailboxes:{org}</c>) are checked against them at start: a key naming no organisation (a
/// typo) and an organisation left without a mailbox stop the start, named, instead of mail going out from the wrong
/// förbund's address. Without it (a silo built without the configuration) those checks are skipped.
/// </summary>
/// <param name="Ids">The organisation ids, e.g. <c>sco</c>.</param>
public sealed record ServedOrganisations(IReadOnlyList<string> Ids)
{
    /// <summary>
    /// The problem with a setting <c>{section}:{key}</c> keyed by organisation, in English and Swedish, or null when
    /// <paramref name="key"/> is one of <see cref="Ids"/>.
    /// </summary>
    public string? UnknownKey(string section, string key) =>
        Ids.Contains(key, StringComparer.Ordinal)
            ? null
            : $"{section}:{key} names no organisation in config/organisations (known: {string.Join(", ", Ids)}) – "
              + $"inget förbund med id '{key}' finns i config/organisations.";
}
