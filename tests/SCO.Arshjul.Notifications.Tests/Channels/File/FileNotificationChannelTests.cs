using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Notifications.Channels;
using SCO.Arshjul.Notifications.Formats;
using SCO.Arshjul.Notifications.Tests.Formats.Support;
using SCO.Arshjul.Testing;
using static SCO.Arshjul.Notifications.Tests.Dispatching.Support.TestNotifications;

namespace SCO.Arshjul.Notifications.Tests.Channels.File;

/// <summary>The file channel writes each message as .eml (and .ics) named by due time and message id, overwriting on retry.</summary>
public sealed class FileNotificationChannelTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"arshjul-outbox-{Guid.NewGuid():N}", "data", "outbox");
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 2, 28, 7, 0, 3, TimeSpan.Zero));
    private readonly FileNotificationChannel _channel;

    public FileNotificationChannelTests() =>
        _channel = new FileNotificationChannel(Options.Create(new FileChannelOptions { Directory = _directory }), _clock, NullLogger<FileNotificationChannel>.Instance);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(_directory))!, recursive: true);

    [Fact]
    public async Task DeliverAsync_Reminder_WritesOneEmlNamedByUtcDueTimeAndHash()
    {
        var reminder = Reminder("SCÖ 2024-2.13", Anna, Local(2025, 3, 12, 8));
        var message = new OutgoingMessage("abc@arshjul", [Anna], reminder.Subject, reminder.Body, null, [reminder]);

        await _channel.DeliverAsync(message, Ct);

        var file = Assert.Single(Directory.GetFiles(_directory));
        Assert.Matches(@"^20250312-070000-[0-9a-f]{12}\.eml$", Path.GetFileName(file));
        var eml = await System.IO.File.ReadAllTextAsync(file, Ct);
        Assert.Equal("\"SCO.Arshjul\" <arshjul@example.org>", MimeReader.Header(eml, "From"));
        Assert.Equal(reminder.Subject, MimeReader.DecodeWords(MimeReader.Header(eml, "Subject")!));
        Assert.Equal("Fri, 28 Feb 2025 08:00:03 +0100", MimeReader.Header(eml, "Date"));
    }

    [Fact]
    public async Task DeliverAsync_Invitation_WritesEmlAndSiblingIcs()
    {
        var invitation = Invitation();
        var message = new OutgoingMessage("inv@arshjul", invitation.Recipients, invitation.Subject, invitation.Body, invitation.Calendar, [invitation]);

        await _channel.DeliverAsync(message, Ct);

        var baseName = FileNotificationChannel.BaseNameOf(message);
        Assert.StartsWith("20250228-070000-", baseName, StringComparison.Ordinal);
        Assert.Equal([baseName + ".eml", baseName + ".ics"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var ics = await System.IO.File.ReadAllTextAsync(Path.Combine(_directory, baseName + ".ics"), Ct);
        Assert.Equal(ICalendarWriterText(message), ics);
        Assert.Contains("method=REQUEST", await System.IO.File.ReadAllTextAsync(Path.Combine(_directory, baseName + ".eml"), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_Retry_OverwritesTheSameFilesAndLeavesNoTemporaryFile()
    {
        var invitation = Invitation();
        var message = new OutgoingMessage("retry@arshjul", invitation.Recipients, invitation.Subject, invitation.Body, invitation.Calendar, [invitation]);
        await _channel.DeliverAsync(message, Ct);
        var first = Directory.GetFiles(_directory).Order(StringComparer.Ordinal).ToList();

        _clock.Advance(TimeSpan.FromMinutes(1));
        await _channel.DeliverAsync(message, Ct);

        var after = Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first, after);
        var eml = await System.IO.File.ReadAllTextAsync(after.Single(f => f.EndsWith(".eml", StringComparison.Ordinal)), Ct);
        Assert.Equal("Fri, 28 Feb 2025 08:01:03 +0100", MimeReader.Header(eml, "Date"));
    }

    [Fact]
    public async Task DeliverAsync_OtherMessageSameDueTime_OtherFile()
    {
        var reminder = Reminder("A", Anna, Local(2025, 3, 12, 8));
        await _channel.DeliverAsync(new OutgoingMessage("one@arshjul", [Anna], "A", "a", null, [reminder]), Ct);
        await _channel.DeliverAsync(new OutgoingMessage("two@arshjul", [Anna], "B", "b", null, [reminder]), Ct);

        Assert.Equal(2, Directory.GetFiles(_directory, "20250312-070000-*.eml").Length);
    }

    private string ICalendarWriterText(OutgoingMessage message) => ICalendarWriter.Write(message.Calendar!, _clock.GetUtcNow());
}
