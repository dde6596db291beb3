using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quartz;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications;
using SCO.Arshjul.Notifications.Graph.Configuration;
using SCO.Arshjul.Notifications.Outbox;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Silo.Configuration;
using SCO.Arshjul.Silo.Preview;
using SCO.Arshjul.Silo.Startup;
using SCO.Arshjul.Silo.Tests.Reminders;
using SCO.Arshjul.Testing;
using SCO.Arshjul.Testing.Graph;

namespace SCO.Arshjul.Silo.Tests.Organisations;

/// <summary>
/// Two förbund in one silo, from the start as every start does it (<see cref="WheelStartup"/>: both rosters imported,
/// both wheels generated from their year files, Quartz reconciled) through January–mid-March 2025 on a manual clock with
/// each kansli doing its work on time, delivered through Microsoft Graph (the fake server) with a mailbox per
/// organisation and no shared one: each förbund's reminders reach its own people only, and its events and mail go from
/// its own mailbox.
/// </summary>
public sealed class TwoOrganisationsGraphTests
{
    private const string MailboxOfFirst = "kansli-sco@example.org";
    private const string MailboxOfSecond = "kansli-sjobygden@example.org";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAndTenWeeks_ThroughGraph_EachFörbundsRemindersReachItsOwnPeopleFromItsOwnMailbox()
    {
        using var directory = new TwoOrganisationsConfig();
        var config = ArshjulConfigurationLoader.Load(directory.Directory);
        var clock = YearRun.ClockAt(new LocalDate(2025, 1, 1));
        await using var graph = await FakeGraphServer.StartAsync(clock);
        var settings = FakeGraphSettings.For(graph, "two-organisations-secret");
        settings.Remove("Notifications:Graph:Mailbox");
        settings[$"Notifications:Graph:Mailboxes:{TwoOrganisationsConfig.First}"] = MailboxOfFirst;
        settings[$"Notifications:Graph:Mailboxes:{TwoOrganisationsConfig.Second}"] = MailboxOfSecond;
        await using var silo = await YearRun.StartSiloAsync(clock, new YearRunSetup(settings, services =>
        {
            services.AddSingleton(new GraphCredential(FakeTokenCredential.WithGraphPermissions()));
            services.AddWheelStartup();
        }), config, new CapturingChannel());
        var scheduler = await silo.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        var generated = await silo.Services.GetRequiredService<WheelStartup>().RunAsync(config, Ct);
        await scheduler.Start(Ct);
        var offices = config.Organisations.Select(o => new PlanFollower(silo.GrainFactory, o.Id, [config.Plan(o.Id, 2025)])).ToList();
        await new VirtualClockRun(silo.Services, scheduler, clock, async (day, ct) =>
        {
            foreach (var office in offices)
            {
                await office.WorkAsync(day, ct);
            }
        }).RunThroughAsync(new LocalDate(2025, 3, 14), Ct);
        await scheduler.Shutdown(waitForJobsToComplete: true, Ct);

        // Each wheel generated from its own year file: Sjöbygden's own day is in its wheel only.
        Assert.Equal([2025], generated[TwoOrganisationsConfig.First]);
        Assert.Equal([2025], generated[TwoOrganisationsConfig.Second]);
        Assert.DoesNotContain(await TitlesAsync(silo, TwoOrganisationsConfig.First), t => t.StartsWith("Sjöbygdsdagen", StringComparison.Ordinal));
        Assert.Contains(await TitlesAsync(silo, TwoOrganisationsConfig.Second), t => t.StartsWith("Sjöbygdsdagen", StringComparison.Ordinal));

        // Everything delivered, each notification to people of its own roster.
        var outbox = silo.Services.GetRequiredService<IOutboxStore>();
        Assert.Empty(await outbox.ListAsync(NotificationOutbox.Kind, OutboxStatus.Pending, 10, Ct));
        Assert.Empty(await outbox.ListAsync(NotificationOutbox.Kind, OutboxStatus.Failed, 10, Ct));
        var delivered = (await outbox.ListAsync(NotificationOutbox.Kind, OutboxStatus.Delivered, 10_000, Ct)).Select(m => NotificationJson.Deserialize(m.Payload)).ToList();
        foreach (var organisation in config.Organisations)
        {
            var own = delivered.Where(n => n.OrganisationId == organisation.Id).ToList();
            Assert.Contains(own, n => n.Kind == NotificationKind.Invitation);
            Assert.Contains(own, n => n.Kind == NotificationKind.DueReminder);
            var people = organisation.People.Select(p => (p.Id, p.Email)).ToHashSet();
            Assert.All(own.SelectMany(n => n.Recipients), r => Assert.Contains((r.PersonId, r.Email), people));
        }

        // Every Graph call from the organisation's own mailbox, to its own people.
        var byMailbox = new Dictionary<string, string> { [MailboxOfFirst] = TwoOrganisationsConfig.First, [MailboxOfSecond] = TwoOrganisationsConfig.Second };
        Assert.All(graph.Requests, r => Assert.Contains(r.Path.Split('/')[3], byMailbox.Keys));
        foreach (var (mailbox, org) in byMailbox)
        {
            var emails = config.Organisation(org).People.Select(p => p.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var events = graph.Events.Where(e => e.Mailbox == mailbox).ToList();
            var mails = graph.Mails.Where(m => m.Mailbox == mailbox).ToList();
            Assert.NotEmpty(events);
            Assert.NotEmpty(mails);
            Assert.All(events.SelectMany(Attendees), a => Assert.Contains(a, emails));
            Assert.All(mails.SelectMany(m => m.To), to => Assert.Contains(to, emails));
            Assert.Equal(
                delivered.Count(n => n.OrganisationId == org && n.Kind == NotificationKind.Invitation),
                events.Count);
        }

        // Sjöbygden's board meets at its own meeting place, SCÖ's at its own: the shared template names neither.
        Assert.Equal(["Förbundskansliet, Sjövik"], Locations(graph, MailboxOfSecond, "Styrelsemöte"));
        Assert.Equal(["SCÖ:s kansli, Linköping"], Locations(graph, MailboxOfFirst, "Styrelsemöte"));
        Assert.Single(graph.Events, e => e.Mailbox == MailboxOfSecond && Subject(e).StartsWith("Sjöbygdsdagen", StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{delivered.Count} notifications; {graph.Events.Count} events and {graph.Mails.Count} mails: "
            + string.Join(", ", byMailbox.Keys.Select(m => $"{m} {graph.Events.Count(e => e.Mailbox == m)}/{graph.Mails.Count(x => x.Mailbox == m)}")));
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(TestSilo silo, string org) =>
        [.. (await silo.GrainFactory.GetGrain<IAnnualWheelGrain>(WheelBootstrapper.WheelKey(org, 2025)).GetActivitiesAsync(Ct)).Select(a => a.Title)];

    private static IEnumerable<string> Attendees(FakeEvent e) =>
        e.Json.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("emailAddress").GetProperty("address").GetString()!);

    private static string Subject(FakeEvent e) => e.Json.GetProperty("subject").GetString()!;

    private static List<string> Locations(FakeGraphServer graph, string mailbox, string subject) =>
        [.. graph.Events.Where(e => e.Mailbox == mailbox && Subject(e) == subject).Select(e => e.Json.GetProperty("location").GetProperty("displayName").GetString()!).Distinct()];
}
