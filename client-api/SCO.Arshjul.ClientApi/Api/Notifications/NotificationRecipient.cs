namespace SCO.Arshjul.ClientApi.Api.Notifications;

/// <summary>Who a notification goes to, as listed: the roster id and the name, never the address.</summary>
internal sealed record NotificationRecipient(string PersonId, string Name);
