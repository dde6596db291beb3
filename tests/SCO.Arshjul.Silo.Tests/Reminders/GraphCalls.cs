using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>What a request to the fake Graph server was, by method and path below <c>/users/{mailbox}</c>.</summary>
internal static class GraphCalls
{
    /// <summary><c>POST /users/{mailbox}/events</c>: a kallelse's event created.</summary>
    public const string EventCreate = "event create";

    /// <summary><c>PATCH /users/{mailbox}/events/{id}</c>: an updated kallelse.</summary>
    public const string EventUpdate = "event update";

    /// <summary><c>POST /users/{mailbox}/events/{id}/cancel</c>: a cancellation.</summary>
    public const string EventCancel = "event cancel";

    /// <summary><c>POST /users/{mailbox}/sendMail</c>: one mail to one recipient.</summary>
    public const string SendMail = "sendMail";

    /// <summary>Anything else (e.g. the calendar probe of <c>graph check</c>).</summary>
    public const string Other = "other";

    public static string KindOf(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var users = Array.IndexOf(segments, "users");
        var below = users >= 0 ? segments[Math.Min(users + 2, segments.Length)..] : [];
        return (request.Method, below) switch
        {
            ("POST", ["events"]) => EventCreate,
            ("PATCH", ["events", _]) => EventUpdate,
            ("POST", ["events", _, "cancel"]) => EventCancel,
            ("POST", ["sendMail"]) => SendMail,
            _ => Other,
        };
    }
}
