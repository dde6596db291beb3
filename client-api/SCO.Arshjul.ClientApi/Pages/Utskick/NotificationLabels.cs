using SCO.Arshjul.Notifications;

namespace SCO.Arshjul.ClientApi.Pages.Utskick;

/// <summary>Swedish names of notification kinds for the pages (<see cref="NotificationKindNames"/>).</summary>
public static class NotificationLabels
{
    /// <summary>E.g. "Kallelse", "Påminnelse om förfallodag".</summary>
    public static string Of(NotificationKind kind) => NotificationKindNames.Swedish(kind);
}
