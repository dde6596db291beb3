using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using R = SCO.Arshjul.Notifications.Tests.Composition.Support.TestRoster;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary>Who a meeting's notifications go to, by body and role, required or optional.</summary>
public sealed class MeetingRecipientsTests
{
    public static TheoryData<MeetingKind, string[], string[], string[]> Invited => new()
    {
        // kind, bodies, required (with their roles), optional
        { MeetingKind.BoardMeeting, [R.Board], [$"{R.Chair}:ordförande", $"{R.ViceChair}:vice ordförande", $"{R.Auditor}:ledamot", $"{R.BoardMember}:ledamot"], [R.BoardDeputy, R.DeputyAndPreparer] },
        { MeetingKind.PreparationGroupMeeting, [R.PreparationGroup], [$"{R.DeputyAndPreparer}:ledamot", $"{R.PreparationChair}:ordförande"], [R.PreparationDeputy] },
        { MeetingKind.MembersCouncil, [R.MembersCouncil], [$"{R.CouncilMember}:ledamot"], [R.CouncilDeputy] },
        {
            MeetingKind.JointDay,
            [R.Board, R.PreparationGroup],
            [$"{R.Chair}:ordförande", $"{R.ViceChair}:vice ordförande", $"{R.Auditor}:ledamot", $"{R.BoardMember}:ledamot", $"{R.DeputyAndPreparer}:ledamot", $"{R.PreparationChair}:ordförande"],
            [R.BoardDeputy, R.PreparationDeputy]
        },
        { MeetingKind.Koll, [R.PreparationGroup], [$"{R.DeputyAndPreparer}:ledamot", $"{R.PreparationChair}:ordförande"], [R.PreparationDeputy] },
        { MeetingKind.Lecture, [R.Office], [$"{R.Director}:förbundschef", $"{R.Staff}:medarbetare"], [] },
    };

    [Theory]
    [MemberData(nameof(Invited))]
    public async Task Invitation_EachMeetingKind_GoesToItsBodiesByRole(MeetingKind kind, string[] bodies, string[] required, string[] optional)
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAndHandleAsync(TestPlans.OtherMeeting(kind, bodies), ReminderKind.Invitation, StockholmClock.At(2025, 4, 1, 9));

        var recipients = Assert.Single(host.Outbox.Written).Recipients;
        Assert.Equal(required.Order(), recipients.Where(r => r.Required).Select(r => $"{r.PersonId}:{r.Role}").Order());
        Assert.Equal(optional.Order(), recipients.Where(r => !r.Required).Select(r => r.PersonId).Order());
        Assert.All(recipients.Where(r => !r.Required), r => Assert.Equal("ersättare", r.Role));
        Assert.Equal(recipients.Count, recipients.Select(r => r.PersonId).Distinct().Count());
        Assert.All(recipients, r => Assert.Equal(R.Email(r.PersonId), r.Email));
    }

    [Fact]
    public async Task Invitation_PersonInTwoRolesAndTwoBodies_AppearsOnceAndRequired()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAndHandleAsync(TestPlans.OtherMeeting(MeetingKind.JointDay, R.Board, R.PreparationGroup), ReminderKind.Invitation, StockholmClock.At(2025, 4, 1, 9));

        var attendees = Assert.Single(host.Outbox.Written).Calendar!.Attendees;
        var deputyAndPreparer = Assert.Single(attendees, a => a.PersonId == R.DeputyAndPreparer);
        Assert.Equal(("ledamot", true), (deputyAndPreparer.Role, deputyAndPreparer.Required));
        var ledamotAndInternkontrollant = Assert.Single(attendees, a => a.PersonId == R.Auditor);
        Assert.Equal(("ledamot", true), (ledamotAndInternkontrollant.Role, ledamotAndInternkontrollant.Required));
    }

    [Fact]
    public async Task Invitation_KollPlannedForTheBoard_StillGoesToTheBeredningsgrupp()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAndHandleAsync(TestPlans.OtherMeeting(MeetingKind.Koll, R.Board), ReminderKind.Invitation, StockholmClock.At(2025, 4, 1, 9));

        Assert.Equal(
            new[] { R.DeputyAndPreparer, R.PreparationChair, R.PreparationDeputy }.Order(),
            Assert.Single(host.Outbox.Written).Recipients.Select(r => r.PersonId).Order());
    }

    [Fact]
    public async Task DayBefore_BoardMeeting_OnePersonalNotificationPerAttendee()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAsync(TestPlans.BoardMeeting());
        var occurrence = Occurrences.Meeting(TestPlans.BoardMeetingKey, ReminderKind.DayBefore, StockholmClock.At(2025, 3, 13, 9), "day-before");

        var outcome = await host.HandleAsync(occurrence);

        Assert.Equal(6, outcome.Written);
        Assert.All(host.Outbox.Written, n =>
        {
            var recipient = Assert.Single(n.Recipients);
            Assert.Equal($"{occurrence.Key}/{recipient.PersonId}", n.IdempotencyKey);
            Assert.True(n.Combinable);
            Assert.Null(n.Calendar);
            Assert.Equal(NotificationKind.MeetingReminder, n.Kind);
            Assert.Equal("Påminnelse: Styrelsemöte i morgon fredag 14 mars 2025 kl. 09.00", n.Subject);
        });
        Assert.Equal(
            new[] { R.Auditor, R.BoardDeputy, R.BoardMember, R.Chair, R.DeputyAndPreparer, R.ViceChair }.Order(),
            host.Outbox.Written.Select(n => n.Recipients[0].PersonId).Order());
    }

    [Fact]
    public async Task MinutesApproval_JointDay_GoesToEachBodysChairAndTheDirector()
    {
        await using var host = await CompositionTestHost.StartAsync();
        await host.PlanAndHandleAsync(TestPlans.OtherMeeting(MeetingKind.JointDay, R.Board, R.PreparationGroup), ReminderKind.MinutesApproval, StockholmClock.At(2025, 4, 16, 9));

        Assert.Equal(
            [$"{R.Chair}:ordförande", $"{R.PreparationChair}:ordförande", $"{R.Director}:förbundschef"],
            host.Outbox.Written.Select(n => $"{n.Recipients[0].PersonId}:{n.Recipients[0].Role}"));
        Assert.All(host.Outbox.Written, n => Assert.Equal(NotificationKind.MinutesApproval, n.Kind));
        Assert.Equal("Justering: Protokollet från Möte JointDay tisdag 15 april 2025 ska justeras", host.Outbox.Written[0].Subject);
    }
}
