namespace SCO.Arshjul.Notifications;

/// <summary>The Swedish names of <see cref="NotificationKind"/>s, as people read them (the Utskick page, the preview).</summary>
public static class NotificationKindNames
{
    /// <summary>E.g. "Kallelse", "Påminnelse om förfallodag".</summary>
    public static string Swedish(NotificationKind kind) => kind switch
    {
        NotificationKind.Invitation => "Kallelse",
        NotificationKind.InvitationUpdate => "Ändrad kallelse",
        NotificationKind.Cancellation => "Inställt möte",
        NotificationKind.Papers => "Handlingar",
        NotificationKind.MeetingReminder => "Påminnelse inför möte",
        NotificationKind.MinutesApproval => "Justering",
        NotificationKind.DueReminder => "Påminnelse om förfallodag",
        NotificationKind.Overdue => "Försenat",
        NotificationKind.SignInLink => "Inloggningslänk",
        _ => kind.ToString(),
    };
}
