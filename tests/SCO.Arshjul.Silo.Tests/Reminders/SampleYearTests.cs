using NodaTime;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Calendar;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>
/// Issue 3: the 2025 sample wheel run through the whole year on a manual clock, through the live reminder path
/// (Quartz, the reminder handler, the notification outbox and its dispatcher), with a diligent kansli (the plan is
/// followed). The run is the <see cref="SampleYear"/> fixture's, which the preview is compared with too.
/// </summary>
[Collection(SampleYearCollection.Name)]
public sealed class SampleYearTests(SampleYear year)
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    [Fact]
    public async Task Year2025_RunOnAManualClock_SendsExactlyTheExpectedNotificationsOnce()
    {
        var run = year.Live;
        var notifications = run.Channel.Delivered.SelectMany(m => m.Parts).ToList();
        var organisation = run.Config.Organisation("sco");
        var meetings = run.Plan.Meetings;

        // None twice, and nothing left undelivered.
        Assert.Equal(notifications.Count, notifications.Select(n => n.IdempotencyKey).Distinct().Count());
        Assert.Empty(await run.PendingOrFailedAsync());

        // None on a weekend or holiday; every reminder at 09:00 Stockholm time.
        Assert.All(notifications, n =>
        {
            var local = n.DueAt.InZone(Stockholm);
            Assert.True(WorkingDays.IsWorkingDay(local.Date), $"{n.IdempotencyKey} falls on {local.Date}");
            Assert.Equal(new LocalTime(9, 0), local.TimeOfDay);
        });

        // Meetings: one kallelse and one handlingar each; the day-before reminder to each attendee; the justering
        // reminder to the chairs of the bodies and the förbundschef — computed from the roster, not from the code.
        Assert.Equal(meetings.Count, Count(notifications, NotificationKind.Invitation));
        Assert.Equal(meetings.Count, Count(notifications, NotificationKind.Papers));
        foreach (var meeting in meetings)
        {
            var key = $"sco/meeting/{meeting.Id}";
            Assert.Equal(Attendees(organisation, meeting), Recipients(notifications, key, NotificationKind.MeetingReminder));
            Assert.Equal(Attendees(organisation, meeting), Recipients(notifications, key, NotificationKind.Invitation));
            Assert.Equal(MinutesApprovers(organisation, meeting), Recipients(notifications, key, NotificationKind.MinutesApproval));
        }

        // A person's reminders of one day come as one message naming them all.
        var combined = run.Channel.Delivered.Where(m => m.Parts.Count > 1).ToList();
        Assert.NotEmpty(combined);
        Assert.All(combined, m =>
        {
            Assert.Single(m.To);
            Assert.Single(m.Parts.Select(p => p.DueAt.InZone(Stockholm).Date).Distinct());
            Assert.All(m.Parts, p => Assert.Contains(p.ItemTitle, m.Body, StringComparison.Ordinal));
        });

        // The kansli did everything on time: nothing became overdue.
        Assert.Equal(0, Count(notifications, NotificationKind.Overdue));

        // The exact totals per kind and per recipient (pinned: a change in policy, roster or recipients shows here).
        Assert.Equal(ExpectedPerKind, notifications.GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Equal(ExpectedPerRecipient, notifications.SelectMany(n => n.Recipients.Select(r => r.PersonId))
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count()));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{notifications.Count} notifications in {run.Channel.Delivered.Count} messages; " +
            string.Join(", ", notifications.GroupBy(n => n.Kind).Select(g => $"{g.Key}={g.Count()}")));
    }

    /// <summary>The notifications of the year per kind (pinned), whichever channel delivers them.</summary>
    internal static readonly Dictionary<NotificationKind, int> ExpectedPerKind = new()
    {
        [NotificationKind.Invitation] = 34,
        [NotificationKind.Papers] = 34,
        [NotificationKind.MeetingReminder] = 406,
        [NotificationKind.MinutesApproval] = 46,
        [NotificationKind.DueReminder] = 142,
    };

    // Each meeting gives each attendee a kallelse, handlingar and a day-before reminder (3): a board member 12 meetings
    // (10 + 2 joint days) = 36; beredningsgrupp 10 + 2 KOLL + 2 joint = 42; medlemsråd 2 = 6; kansli staff 8 lectures
    // = 24. Internkontrollanter add their controls' reminders; the ordförande the justering reminders; the förbundschef
    // (annika-westerlund) every justering reminder and the deadlines, SAM tasks and plan adoption she is responsible for.
    private static readonly Dictionary<string, int> ExpectedPerRecipient = new()
    {
        ["amir-haddad"] = 24,
        ["andreas-sund"] = 42,
        ["anneli-strand"] = 36,
        ["annika-westerlund"] = 149,
        ["birgitta-stahl"] = 6,
        ["camilla-ryden"] = 42,
        ["cecilia-rosen"] = 6,
        ["daniel-oberg"] = 42,
        ["elin-forsberg"] = 36,
        ["emma-lundgren"] = 42,
        ["eva-hammar"] = 6,
        ["frida-ahlstrom"] = 42,
        ["goran-vikstrom"] = 48,
        ["helena-berglund"] = 42,
        ["ingrid-malmsten"] = 51,
        ["jenny-holm"] = 42,
        ["johan-brandt"] = 36,
        ["jonas-moberg"] = 6,
        ["kristian-ljung"] = 6,
        ["lars-granath"] = 6,
        ["lina-akesson"] = 36,
        ["magnus-fors"] = 42,
        ["malin-ekdahl"] = 42,
        ["maria-lovgren"] = 48,
        ["mikael-hedlund"] = 36,
        ["niklas-dahl"] = 42,
        ["oskar-wallin"] = 36,
        ["patrik-lind"] = 42,
        ["per-kjellberg"] = 36,
        ["petra-sjodin"] = 48,
        ["rebecka-alm"] = 24,
        ["robert-hellman"] = 42,
        ["sofia-nyqvist"] = 36,
        ["stefan-norell"] = 42,
        ["susanne-nordin"] = 42,
        ["therese-blom"] = 42,
        ["tobias-ekholm"] = 36,
        ["ulf-engstrom"] = 24,
    };

    private static int Count(IEnumerable<Notification> notifications, NotificationKind kind) => notifications.Count(n => n.Kind == kind);

    private static SortedSet<string> Recipients(IEnumerable<Notification> notifications, string itemKey, NotificationKind kind) =>
        new(notifications.Where(n => n.ItemKey == itemKey && n.Kind == kind).SelectMany(n => n.Recipients).Select(r => r.PersonId), StringComparer.Ordinal);

    private static SortedSet<string> Attendees(OrganisationDefinition organisation, PlannedMeeting meeting) =>
        new(organisation.People.Where(p => p.Memberships.Any(m => meeting.BodyIds.Contains(m.BodyId))).Select(p => p.Id), StringComparer.Ordinal);

    private static SortedSet<string> MinutesApprovers(OrganisationDefinition organisation, PlannedMeeting meeting) =>
        new(organisation.People
            .Where(p => p.Memberships.Any(m => (m.Role == Role.Chair && meeting.BodyIds.Contains(m.BodyId)) || m.Role == Role.Director))
            .Select(p => p.Id), StringComparer.Ordinal);
}
