using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Notifications.Formats;

namespace SCO.Arshjul.Notifications.Channels;

/// <summary>
/// The embedded default channel: each message becomes <c>{yyyyMMdd-HHmmss}-{hash}.eml</c> in
/// <see cref="FileChannelOptions.Directory"/> (the UTC due time of its earliest part, and a hash of its message id),
/// with a sibling <c>.ics</c> when it carries a calendar part. The name depends on the message only, so a retry
/// overwrites the same file; files are written whole or not at all.
/// </summary>
public sealed class FileNotificationChannel(
    IOptions<FileChannelOptions> options,
    TimeProvider timeProvider,
    ILogger<FileNotificationChannel> logger) : INotificationChannel
{
    private readonly FileChannelOptions _options = options.Value;

    /// <inheritdoc />
    public string Name => "file";

    /// <inheritdoc />
    string INotificationChannel.Destination => Directory;

    /// <summary>The directory the files go to, made absolute.</summary>
    public string Directory => Path.GetFullPath(_options.Directory);

    /// <summary>The file name of <paramref name="message"/> without extension, e.g. <c>20250312-080000-3f2a9c01b7d4</c>.</summary>
    public static string BaseNameOf(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var due = message.Parts.Count == 0 ? default : message.Parts.Min(p => p.DueAt).ToDateTimeUtc();
        return due.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + StableHash.Hex(message.MessageId, 12);
    }

    /// <inheritdoc />
    public async Task DeliverAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = timeProvider.GetUtcNow();
        var directory = Directory;
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, BaseNameOf(message));
        if (message.Calendar is { } calendar)
        {
            await AtomicFile.WriteAsync(path + ".ics", ICalendarWriter.Write(calendar, now), cancellationToken);
        }

        await AtomicFile.WriteAsync(path + ".eml", EmlWriter.Write(message, _options.Sender, now), cancellationToken);
        logger.LogDebug("Wrote message {MessageId} to {Path}.eml", message.MessageId, path);
    }
}
