using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SCO.Arshjul.Grains;
using SCO.Arshjul.Notifications.Composition;
using SCO.Arshjul.Notifications.Reminders;
using SCO.Arshjul.Notifications.Tests.Composition.Support;
using SCO.Arshjul.Testing;

namespace SCO.Arshjul.Notifications.Tests.Composition;

/// <summary><c>AddArshjulComposition</c>: the handler, the attendee updater and their options from <c>Notifications:Composition</c>.</summary>
public sealed class CompositionRegistrationTests
{
    [Fact]
    public async Task AddArshjulComposition_WithSettings_ResolvesTheHandlerWithBoundOptions()
    {
        await using var silo = await StartAsync(new()
        {
            ["Notifications:Composition:LateThreshold"] = "00:10:00",
            ["Notifications:Composition:Organizers:sco:Name"] = "SCÖ kansli",
            ["Notifications:Composition:Organizers:sco:Email"] = "kallelser@sco.example.org",
        });

        Assert.IsType<ReminderHandler>(silo.Services.GetRequiredService<IReminderHandler>());
        Assert.NotNull(silo.Services.GetRequiredService<AttendeeChanges>());
        var options = silo.Services.GetRequiredService<IOptions<CompositionOptions>>().Value;
        Assert.Equal(TimeSpan.FromMinutes(10), options.LateThreshold);
        Assert.Equal(("SCÖ kansli", "kallelser@sco.example.org"), (options.Organizers["sco"].Name, options.Organizers["sco"].Email));
        Assert.Equal(("kansli@example.org", "system:reminders"), (options.DefaultOrganizerEmail, options.Actor));
    }

    [Fact]
    public async Task AddArshjulComposition_InvalidSettings_FailValidationNamingEachSetting()
    {
        await using var silo = await StartAsync(new()
        {
            ["Notifications:Composition:LateThreshold"] = "-00:01:00",
            ["Notifications:Composition:Organizers:sco:Email"] = "kansliet",
        });

        var error = Assert.Throws<OptionsValidationException>(() => silo.Services.GetRequiredService<IOptions<CompositionOptions>>().Value);
        Assert.Contains("Notifications:Composition:LateThreshold must not be negative.", error.Failures);
        Assert.Contains("Notifications:Composition:Organizers:sco:Email 'kansliet' is not an e-mail address.", error.Failures);
    }

    private static Task<TestSilo> StartAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return TestSilo.StartAsync(
            services => services
                .AddArshjulGrains()
                .AddSingleton<INotificationOutbox, FakeNotificationOutbox>()
                .AddArshjulComposition(configuration),
            cancellationToken: TestContext.Current.CancellationToken);
    }
}
