using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using SCO.Arshjul.Notifications.Reminders.Planning;
using SCO.Arshjul.Scheduling.Changes;
using SCO.Arshjul.Scheduling.Reconciliation;
using SCO.Arshjul.Scheduling.Synchronization;

namespace SCO.Arshjul.Scheduling;

/// <summary>Registers Quartz and the reminder scheduling around it.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds a Quartz scheduler on the job store of <paramref name="options"/> (schema created if missing, job data as
    /// System.Text.Json; clustered on PostgreSQL if asked), started as a hosted service once the host has started; the
    /// <see cref="ReminderSynchronizer"/>, the <see cref="ChangeProcessor"/> (a hosted service, with
    /// <see cref="RosterChanges"/> for changed rosters) and the <see cref="StartupReconciliation"/> (for the host to run
    /// at start). Needs the grain runtime, an <see cref="Runtime.IOutboxStore"/>, an
    /// <see cref="Notifications.Reminders.IReminderHandler"/> and <see cref="Notifications.Composition.AttendeeChanges"/>
    /// (both registered by <c>AddArshjulComposition</c>). The scheduler runs on the container's <see cref="TimeProvider"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid (<see cref="SchedulingOptions.Validate"/>).</exception>
    public static IServiceCollection AddArshjulScheduling(this IServiceCollection services, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReminderSubjectReader>();
        services.AddSingleton<ReminderSynchronizer>();
        services.AddSingleton<StartupReconciliation>();
        services.AddSingleton<RosterChanges>();
        services.AddSingleton<ChangeProcessor>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeProcessor>());
        services.AddQuartz(quartz => ConfigureQuartz(quartz, options));
        services.AddQuartzHostedService(hosted =>
        {
            hosted.AwaitApplicationStarted = true;
            hosted.WaitForJobsToComplete = true;
        });
        return services;
    }

    /// <summary>
    /// The scheduler's own settings from <paramref name="options"/>: name and instance, thread pool, job store (memory,
    /// or SQLite / PostgreSQL with the schema provisioned, clustered if asked). Used by <see cref="AddArshjulScheduling"/>,
    /// and by the benchmarks, so that they measure the scheduler the silo runs.
    /// </summary>
    public static void ConfigureQuartz(IQuartzBuilder quartz, SchedulingOptions options)
    {
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = options.SchedulerName;
            if (options.InstanceId is { } instanceId)
            {
                scheduler.InstanceId = instanceId;
            }
        });
        quartz.UseDefaultThreadPool(options.MaxConcurrency);
        if (options.Provider == SchedulingProvider.Memory)
        {
            quartz.UseInMemoryStore(store => store.MisfireThreshold = options.MisfireThreshold);
            return;
        }

        quartz.UsePersistentStore(store =>
        {
            if (options.Provider == SchedulingProvider.Postgres)
            {
                store.UsePostgres(options.ConnectionString!);
            }
            else
            {
                store.UseSqlite(options.ConnectionString!);
            }

            store.ProvisionSchema();
            store.UseSystemTextJsonSerializer();
            store.ConfigureStore(ado =>
            {
                ado.MisfireThreshold = options.MisfireThreshold;
                ado.DbRetryInterval = options.DatabaseRetryInterval;
            });
            if (options.Clustered)
            {
                store.UseClustering();
            }
        });
    }
}
