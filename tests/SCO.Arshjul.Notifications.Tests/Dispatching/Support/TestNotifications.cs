using NodaTime;

namespace SCO.Arshjul.Notifications.Tests.Dispatching.Support;

/// <summary>Notifications as the reminder handler writes them: personal reminders and meeting invitations.</summary>
internal static class TestNotifications
{
    public static readonly Recipient Anna = new("anna-lindqvist", "Anna Lindqvist", "anna.lindqvist@example.org", "ledamot");
    public static readonly Recipient Bo = new("bo-ek", "Bo Ek", "bo.ek@example.org", "ersättare", Required: false);
    public static readonly Recipient Kansli = new("sco/organizer", "Samordningsförbundet Centrala Östergötland", "kansli@example.org", "arrangör");

    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    /// <summary>A Stockholm local time as an instant.</summary>
    public static Instant Local(int year, int month, int day, int hour = 8, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Stockholm).ToInstant();

    /// <summary>A personal, combinable reminder about <paramref name="title"/>.</summary>
    public static Notification Reminder(string title, Recipient recipient, Instant dueAt) => new(
        IdempotencyKey: $"sco/decision/{title}/due-14d/{recipient.PersonId}",
        OrganisationId: "sco",
        Kind: NotificationKind.DueReminder,
        ItemKey: $"sco/decision/{title}",
        ItemTitle: title,
        Recipients: [recipient],
        Subject: $"Påminnelse: {title} ska vara verkställt",
        Body: $"Beslut {title}\n\nSka vara verkställt om 14 dagar.\n",
        DueAt: dueAt,
        Late: false,
        Combinable: true);

    /// <summary>A meeting invitation (kallelse) to Anna (required) and Bo (optional) with its calendar part.</summary>
    public static Notification Invitation(string meeting = "2025-03-14-styrelse", int sequence = 0, CalendarMethod method = CalendarMethod.Request) => new(
        IdempotencyKey: $"sco/meeting/{meeting}/invitation/seq-{sequence}",
        OrganisationId: "sco",
        Kind: method == CalendarMethod.Cancel ? NotificationKind.Cancellation : NotificationKind.Invitation,
        ItemKey: $"sco/meeting/{meeting}",
        ItemTitle: "Styrelsemöte",
        Recipients: [Anna, Bo],
        Subject: "Kallelse: Styrelsemöte fredag 14 mars 2025 kl. 09.00",
        Body: "Välkommen till styrelsemöte.\n\nDagordning:\n1. Mötets öppnande\n2. Årsredovisning 2024\n",
        DueAt: Local(2025, 2, 28),
        Late: false,
        Combinable: false,
        Calendar: Calendar(meeting, sequence, method));

    public static CalendarInvite Calendar(string meeting = "2025-03-14-styrelse", int sequence = 0, CalendarMethod method = CalendarMethod.Request) => new(
        Uid: $"sco/meeting/{meeting}@arshjul",
        Sequence: sequence,
        Method: method,
        Summary: "Styrelsemöte",
        Location: "Kansliet, Drottninggatan 1, Linköping",
        Description: "Dagordning:\n1. Mötets öppnande\n2. Årsredovisning 2024",
        Start: new LocalDateTime(2025, 3, 14, 9, 0),
        End: new LocalDateTime(2025, 3, 14, 12, 0),
        Organizer: Kansli,
        Attendees: [Anna, Bo]);
}
