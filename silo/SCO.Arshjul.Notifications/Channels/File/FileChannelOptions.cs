using System.Net.Mail;

namespace SCO.Arshjul.Notifications.Channels;

/// <summary>
/// Where the <see cref="FileNotificationChannel"/> writes its .eml and .ics files and whom the messages come from,
/// bound from <c>Notifications:FileChannel</c> (see <see cref="SectionName"/>) and validated at start.
/// </summary>
public sealed class FileChannelOptions : ISelfValidatingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Notifications:FileChannel";

    /// <summary>The directory, relative to the working directory unless rooted; created when missing.</summary>
    /// <value>The default value is <c>data/outbox</c>.</value>
    public string Directory { get; set; } = "data/outbox";

    /// <summary>The display name messages without a calendar part come from (an invitation comes from its organiser).</summary>
    /// <value>The default value is <c>SCO.Arshjul</c>.</value>
    public string SenderName { get; set; } = "SCO.Arshjul";

    /// <summary>The address messages without a calendar part come from.</summary>
    /// <value>The default value is <c>arshjul@example.org</c>.</value>
    public string SenderAddress { get; set; } = "arshjul@example.org";

    /// <summary>The sender as a recipient record, for the message writer.</summary>
    internal Recipient Sender => new("arshjul", SenderName, SenderAddress, "avsändare");

    /// <inheritdoc />
    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Directory))
        {
            errors.Add($"{SectionName}:Directory must not be empty.");
        }

        if (!MailAddress.TryCreate(SenderAddress, out var address) || address.Address != SenderAddress)
        {
            errors.Add($"{SectionName}:SenderAddress '{SenderAddress}' is not an e-mail address.");
        }

        return errors;
    }
}
