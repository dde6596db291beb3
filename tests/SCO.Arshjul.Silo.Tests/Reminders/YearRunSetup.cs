using Microsoft.Extensions.DependencyInjection;

namespace SCO.Arshjul.Silo.Tests.Reminders;

/// <summary>
/// How a <see cref="YearRun"/> delivers. By default through its <see cref="CapturingChannel"/>; <see cref="Settings"/>
/// naming <c>Notifications:Graph</c> put the Graph channel in its place, as the silo does.
/// </summary>
/// <param name="Settings">Configuration for the notifications, composition and Graph channel.</param>
/// <param name="Services">Registrations after the run's own (so they win), e.g. a <c>GraphCredential</c>.</param>
/// <param name="PumpClockWhile">
/// When the channel waits on the clock (the Graph channel's rate limit): runs beside each dispatcher pass, given it,
/// until it has finished, moving the clock (e.g. <c>ClockPump.RunUntilAsync</c>); null runs the pass with the clock still.
/// </param>
internal sealed record YearRunSetup(
    IReadOnlyDictionary<string, string?>? Settings = null,
    Action<IServiceCollection>? Services = null,
    Func<Task, Task>? PumpClockWhile = null);
