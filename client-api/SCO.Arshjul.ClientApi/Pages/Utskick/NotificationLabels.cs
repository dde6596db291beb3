using SCO.Arshjul.Notifications;

namespace SCO.Arshjul.ClientApi.Pages.Utskick;

/// <summary>Swedish names of notification kinds for the Utskick page.</summary>
public static class NotificationLabels
{
    /// <summary>E.g. "Kallelse", "Påminnelse om förfallodag".</summary>
    public static string Of(NotificationKind kind) => kind switch
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
