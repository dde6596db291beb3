using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Runtime;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Notifications.Tests.Composition.Support;

/// <summary>
/// A test silo with the governance grains and <see cref="TestRoster"/>, a fake outbox and the handler and attendee
/// updater under test.
/// </summary>
public sealed class CompositionTestHost : IAsyncDisposable
{
    private readonly TestSilo _silo;

    private CompositionTestHost(TestSilo silo, CompositionOptions options)
    {
        _silo = silo;
        Handler = new ReminderHandler(silo.GrainFactory, Outbox, Options.Create(options), NullLogger<ReminderHandler>.Instance);
        Attendees = new AttendeeChanges(silo.GrainFactory, Outbox, Options.Create(options), silo.Clock, NullLogger<AttendeeChanges>.Instance);
    }

    public FakeNotificationOutbox Outbox { get; } = new();

    public ReminderHandler Handler { get; }

    public AttendeeChanges Attendees { get; }

    public IGrainFactory Grains => _silo.GrainFactory;

    public ManualTimeProvider Clock => _silo.Clock;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts on Friday 10 January 2025, 09:00 in Stockholm, with the roster imported.</summary>
    public static async Task<CompositionTestHost> StartAsync(CompositionOptions? options = null)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 10, 8, 0, 0, TimeSpan.Zero));
        var silo = await TestSilo.StartAsync(services => services.AddArshjulGrains(), clock, Ct);
        await silo.GrainFactory.GetGrain<IOrganisationRosterGrain>($"{TestRoster.Org}/roster").ImportAsync(TestRoster.Definition, "test", Ct);
        return new CompositionTestHost(silo, options ?? new CompositionOptions());
    }

    public Task<ReminderOutcome> HandleAsync(ReminderOccurrence occurrence, Instant? firedAt = null) =>
        Handler.HandleAsync(occurrence, firedAt ?? occurrence.FireAt, Ct);

    public IMeetingGrain Meeting(string key) => Grains.GetGrain<IMeetingGrain>(key);

    /// <summary>Imports <paramref name="roster"/> in place of <see cref="TestRoster.Definition"/>.</summary>
    public Task<RosterSnapshot> ImportAsync(OrganisationDefinition roster) =>
        Grains.GetGrain<IOrganisationRosterGrain>($"{TestRoster.Org}/roster").ImportAsync(roster, "test", Ct);

    public async Task<IMeetingGrain> PlanAsync(PlannedMeeting plan)
    {
        var meeting = Meeting(TestPlans.KeyOf(plan));
        await meeting.PlanAsync(plan, "test", Ct);
        return meeting;
    }

    /// <summary>Plans <paramref name="plan"/> and handles its <paramref name="kind"/> reminder fired at <paramref name="fireAt"/>.</summary>
    public async Task<ReminderOutcome> PlanAndHandleAsync(PlannedMeeting plan, ReminderKind kind, Instant fireAt)
    {
        await PlanAsync(plan);
        return await HandleAsync(Occurrences.Meeting(TestPlans.KeyOf(plan), kind, fireAt));
    }

    /// <summary>Records decision <paramref name="reference"/> and walks it through <paramref name="steps"/>.</summary>
    public async Task<string> DecisionAsync(string reference, string title, LocalDate due, string responsible, params DecisionStatus[] steps)
    {
        var key = $"{TestRoster.Org}/decision/{reference}";
        var decision = Grains.GetGrain<IDecisionGrain>(key);
        await decision.RecordAsync(new RecordDecision(reference, "sco/meeting/2024-11-22-styrelse", title, title, responsible, due), "test", Ct);
        foreach (var step in steps)
        {
            await decision.ChangeStatusAsync(step, null, "test", Ct);
        }

        return key;
    }

    /// <summary>Moves the clock to a local time in Stockholm.</summary>
    public void SetLocal(int year, int month, int day, int hour = 0, int minute = 0) =>
        Clock.SetUtcNow(StockholmClock.At(year, month, day, hour, minute).ToDateTimeOffset());

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
