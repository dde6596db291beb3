using NodaTime;
using NodaTime.Text;
using SCO.Arshjul.Notifications.Formats;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Notifications.Graph.Content;
using GraphModels = Microsoft.Graph.Models;

namespace SCO.Arshjul.Notifications.Graph.Calendar;

/// <summary>
/// A meeting's <see cref="CalendarInvite"/> as a Graph event: subject, HTML body (the kallelse with its agenda), start
/// and end as Stockholm wall-clock times, location or a Teams meeting, and the attendees (ledamöter required,
/// ersättare optional). Exchange sends the invitations, updates and cancellations to the attendees itself.
/// </summary>
internal static class GraphEventBuilder
{
    /// <summary>
    /// Windows' name of the zone that holds Europe/Stockholm. The Graph calendar API accepts Windows names everywhere,
    /// IANA names only from a short list that lacks Europe/Stockholm.
    /// </summary>
    public const string StockholmWindowsZone = "W. Europe Standard Time";

    private static readonly LocalDateTimePattern WallClock = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    /// <summary>The event to create: <see cref="Update"/> plus the transaction id that makes a retried create harmless.</summary>
    public static GraphModels.Event Create(CalendarInvite invite, GraphOptions options)
    {
        var created = Update(invite, options);
        created.TransactionId = TransactionIdOf(invite.Uid);
        created.ResponseRequested = true;
        return created;
    }

    /// <summary>The event's content, for a create or a PATCH (the same fields, so a PATCH brings every one up to date).</summary>
    public static GraphModels.Event Update(CalendarInvite invite, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(invite);
        ArgumentNullException.ThrowIfNull(options);
        var online = IsOnline(invite.Location, options);
        return new GraphModels.Event
        {
            Subject = invite.Summary,
            Body = new GraphModels.ItemBody { ContentType = GraphModels.BodyType.Html, Content = HtmlBody.From(invite.Description) },
            Start = At(invite.Start),
            End = At(invite.End),
            Location = invite.Location is null ? null : new GraphModels.Location { DisplayName = invite.Location },
            IsOnlineMeeting = online,
            OnlineMeetingProvider = online ? GraphModels.OnlineMeetingProviderType.TeamsForBusiness : null,
            Attendees = [.. invite.Attendees.Select(Attendee)],
        };
    }

    /// <summary>The transaction id of a meeting's event (stable per meeting): Graph creates one event however often the create is retried.</summary>
    public static string TransactionIdOf(string uid) => StableHash.Hex("graph-event\n" + uid, 32);

    private static GraphModels.DateTimeTimeZone At(LocalDateTime local) =>
        new() { DateTime = WallClock.Format(local), TimeZone = StockholmWindowsZone };

    private static GraphModels.Attendee Attendee(Recipient recipient) => new()
    {
        EmailAddress = new GraphModels.EmailAddress { Address = recipient.Email, Name = recipient.Name },
        Type = recipient.Required ? GraphModels.AttendeeType.Required : GraphModels.AttendeeType.Optional,
    };

    private static bool IsOnline(string? location, GraphOptions options) =>
        location is not null && options.OnlineMeetingWords.Any(w => location.Contains(w, StringComparison.OrdinalIgnoreCase));
}
