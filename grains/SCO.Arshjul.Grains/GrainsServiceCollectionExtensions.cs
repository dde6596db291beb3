using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using SCO.Arshjul.Grains.Accounts;
using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Decisions;
using SCO.Arshjul.Grains.Deadlines;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Meetings;
using SCO.Arshjul.Grains.Notifications;
using SCO.Arshjul.Grains.Organisation;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.Grains;

/// <summary>Registers the governance grains with the grain runtime.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every governance grain (roster, meeting, decision, decision register, internal control, deadline,
    /// SAM task, annual wheel, account) and makes grain state JSON understand NodaTime types (TZDB zones).
    /// The grain runtime itself is added with <c>AddGrainRuntime</c>.
    /// </summary>
    public static IServiceCollection AddArshjulGrains(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Configure<GrainRuntimeOptions>(o => o.JsonSerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));
        services.AddGrain<IOrganisationRosterGrain, OrganisationRosterGrain>();
        services.AddGrain<IMeetingGrain, MeetingGrain>();
        services.AddGrain<IMeetingRegisterGrain, MeetingRegisterGrain>();
        services.AddGrain<IDecisionGrain, DecisionGrain>();
        services.AddGrain<IDecisionRegisterGrain, DecisionRegisterGrain>();
        services.AddGrain<IInternalControlPlanGrain, InternalControlPlanGrain>();
        services.AddGrain<IDeadlineGrain, DeadlineGrain>();
        services.AddGrain<IWorkEnvironmentTaskGrain, WorkEnvironmentTaskGrain>();
        services.AddGrain<IAnnualWheelGrain, AnnualWheelGrain>();
        services.AddGrain<IAccountGrain, AccountGrain>();
        services.AddGrain<INotificationHistoryGrain, NotificationHistoryGrain>();
        return services;
    }
}
