namespace SCO.Arshjul.Notifications.Composition;

/// <summary>Recipients in the order first added, each person once; a required place wins over an optional one.</summary>
internal sealed class RecipientSet
{
    private readonly List<Recipient> _recipients = [];

    public void Add(Recipient recipient)
    {
        var index = _recipients.FindIndex(r => r.PersonId == recipient.PersonId);
        if (index < 0)
        {
            _recipients.Add(recipient);
        }
        else if (recipient.Required && !_recipients[index].Required)
        {
            // A person who is ersättare in one body and ledamot in another is expected as the ledamot.
            _recipients[index] = recipient;
        }
    }

    public void AddRange(IEnumerable<Recipient> recipients)
    {
        foreach (var recipient in recipients)
        {
            Add(recipient);
        }
    }

    public IReadOnlyList<Recipient> ToList() => [.. _recipients];
}
