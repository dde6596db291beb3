using System.Globalization;
using System.Text.Json.Nodes;

namespace SCO.Arshjul.Testing.Graph;

/// <summary>The fake server's mailboxes: events (ids "AAMk-1", "AAMk-2", …), sent mail and the copies kept in Sent Items. Thread-safe.</summary>
internal sealed class FakeGraphStore(TimeProvider clock)
{
    private readonly object _lock = new();
    private readonly List<StoredEvent> _events = [];
    private readonly List<FakeMail> _mails = [];
    private readonly List<(string Id, FakeMail Mail)> _sentItems = [];
    private int _lastId;

    public IReadOnlyList<FakeEvent> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events.Select(e => new FakeEvent(
                    e.Id, e.Mailbox, e.TransactionId, e.IsCancelled, e.CancelComment, FakeJson.Element(e.Json)))];
            }
        }
    }

    public IReadOnlyList<FakeMail> Mails
    {
        get
        {
            lock (_lock)
            {
                return [.. _mails];
            }
        }
    }

    /// <summary>
    /// Creates an event from <paramref name="body"/>, or returns the mailbox's event with the same transactionId
    /// (as Graph does, so a retried create makes no duplicate). Returns the event's JSON.
    /// </summary>
    public string Create(string mailbox, JsonObject body)
    {
        var transactionId = FakeJson.String(body["transactionId"]);
        lock (_lock)
        {
            var existing = transactionId is null ? null : _events.Find(e => Same(e, mailbox) && e.TransactionId == transactionId);
            if (existing is not null)
            {
                return FakeJson.Write(existing.Json);
            }

            var json = (JsonObject)body.DeepClone();
            var id = $"AAMk-{++_lastId}";
            json["id"] = id;
            json["isCancelled"] = false;
            json["createdDateTime"] = Now();
            json["lastModifiedDateTime"] = Now();
            _events.Add(new StoredEvent(id, mailbox, transactionId, json));
            return FakeJson.Write(json);
        }
    }

    /// <summary>Merges the top-level properties of <paramref name="body"/> into the event; null when there is no such event.</summary>
    public string? Patch(string mailbox, string id, JsonObject body)
    {
        lock (_lock)
        {
            var stored = Find(mailbox, id);
            if (stored is null)
            {
                return null;
            }

            foreach (var (name, value) in body.Where(p => !p.Key.Equals("id", StringComparison.OrdinalIgnoreCase)))
            {
                stored.Json[name] = value?.DeepClone();
            }

            stored.Json["lastModifiedDateTime"] = Now();
            return FakeJson.Write(stored.Json);
        }
    }

    /// <summary>Marks the event cancelled; false when there is no such event.</summary>
    public bool Cancel(string mailbox, string id, string? comment)
    {
        lock (_lock)
        {
            var stored = Find(mailbox, id);
            if (stored is null)
            {
                return false;
            }

            stored.IsCancelled = true;
            stored.CancelComment = comment;
            stored.Json["isCancelled"] = true;
            stored.Json["lastModifiedDateTime"] = Now();
            return true;
        }
    }

    /// <summary>Records a sent mail, and keeps it in the mailbox's Sent Items unless it was sent with SaveToSentItems false.</summary>
    public void AddMail(FakeMail mail)
    {
        lock (_lock)
        {
            _mails.Add(mail);
            if (mail.SaveToSentItems != false)
            {
                _sentItems.Add(($"AAMk-sent-{_sentItems.Count + 1}", mail));
            }
        }
    }

    /// <summary>The ids of the mailbox's Sent Items that <paramref name="match"/> accepts.</summary>
    public IReadOnlyList<string> FindSent(string mailbox, Func<FakeMail, bool> match)
    {
        lock (_lock)
        {
            return [.. _sentItems.Where(s => s.Mail.Mailbox.Equals(mailbox, StringComparison.OrdinalIgnoreCase) && match(s.Mail)).Select(s => s.Id)];
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _events.Clear();
            _mails.Clear();
            _sentItems.Clear();
            _lastId = 0;
        }
    }

    private StoredEvent? Find(string mailbox, string id) => _events.Find(e => Same(e, mailbox) && e.Id == id);

    private static bool Same(StoredEvent stored, string mailbox) => stored.Mailbox.Equals(mailbox, StringComparison.OrdinalIgnoreCase);

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private sealed class StoredEvent(string id, string mailbox, string? transactionId, JsonObject json)
    {
        public string Id { get; } = id;

        public string Mailbox { get; } = mailbox;

        public string? TransactionId { get; } = transactionId;

        public JsonObject Json { get; } = json;

        public bool IsCancelled { get; set; }

        public string? CancelComment { get; set; }
    }
}
