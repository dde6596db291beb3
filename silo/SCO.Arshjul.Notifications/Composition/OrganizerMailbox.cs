namespace SCO.Arshjul.Notifications.Composition;

/// <summary>An organisation's organiser mailbox: who calendar invitations come from.</summary>
public sealed class OrganizerMailbox
{
    /// <summary>The display name; the organisation's name from its roster when empty.</summary>
    public string? Name { get; set; }

    /// <summary>The address, e.g. <c>kansli@example.org</c>.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>A plausible e-mail address: something, an @, something.</summary>
    internal static bool IsAddress(string? value) =>
        value is not null && value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
}
