using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SCO.Arshjul.ClientApi.Api;
using SCO.Arshjul.ClientApi.Api.Wheel;
using SCO.Arshjul.ClientApi.Api.WorkEnvironment;
using SCO.Arshjul.ClientApi.Identity;
using SCO.Arshjul.ClientApi.Pages.Arshjul;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.WorkEnvironment;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages.Arbetsmiljo;

/// <summary>
/// The systematic work-environment (SAM) tasks of a year's wheel (the current year by default), for everyone of the
/// organisation as the API's <c>work-environment/{year}</c>: status, due date, responsible, documentation. Förbundschef
/// and kansli, or the task's responsible person, mark a task done with a documentation note; anyone else gets 403.
/// </summary>
public sealed class IndexModel(IGrainFactory grains, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    /// <summary>The year's tasks, or null when the year has no wheel.</summary>
    public IReadOnlyList<WorkEnvironmentTaskItem>? Tasks { get; private set; }

    public PeopleNames Names { get; private set; } = null!;

    public LocalDate Today { get; private set; }

    /// <summary>Why the last command was refused, in Swedish; nothing was changed.</summary>
    public string? Error { get; private set; }

    /// <summary>The task whose form was refused, to open it again with <see cref="RefusedNote"/>.</summary>
    public string? RefusedTaskId { get; private set; }

    /// <summary>The note entered in the refused form.</summary>
    public string? RefusedNote { get; private set; }

    [TempData]
    public string? Message { get; set; }

    private bool Manages { get; set; }

    /// <summary>Whether the signed-in person may mark <paramref name="task"/> done.</summary>
    public bool MayComplete(WorkEnvironmentTaskItem task) =>
        task.Status == ChecklistStatus.Open && (Manages || task.Responsible == User.PersonOf());

    public Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken) => ShowAsync(year, cancellationToken);

    public async Task<IActionResult> OnPostCompleteAsync(int? year, string? taskId, string? note, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IWorkEnvironmentTaskGrain>($"{User.OrganisationOf()}/sam-task/{taskId}");
        var task = string.IsNullOrEmpty(taskId) ? null : await grain.GetAsync(cancellationToken);
        if (task?.Plan is not { } plan)
        {
            return NotFound();
        }

        if (!await authorization.MayActOnAsync(User, plan.ResponsiblePersonId))
        {
            return RequirePolicyAttribute.Refused(this);
        }

        (RefusedTaskId, RefusedNote) = (plan.Id, note);
        var refusal = note is { Length: > ApiEndpoints.MaxTextLength }
            ? $"Dokumentationen får vara högst {ApiEndpoints.MaxTextLength} tecken."
            : await GrainCommand.RefusalOfAsync(() => grain.CompleteAsync(note ?? string.Empty, User.ActorOf(), cancellationToken));
        if (refusal is not null)
        {
            Error = refusal;
            return await ShowAsync(year, cancellationToken);
        }

        Message = $"{plan.Title} är markerad som klar.";
        return RedirectToPage(new { year = PageDates.YearOr(year, time) });
    }

    private async Task<IActionResult> ShowAsync(int? year, CancellationToken cancellationToken)
    {
        Year = PageDates.YearOr(year, time);
        Today = PageDates.Today(time);
        var organisation = User.OrganisationOf()!;
        Names = await PeopleNames.LoadAsync(grains, organisation, cancellationToken);
        Manages = await RequirePolicyAttribute.AllowsAsync(this, ArshjulPolicies.Manage);
        var wheel = await WheelYears.FindAsync(grains, organisation, Year, cancellationToken);
        Tasks = wheel is null ? null : await WorkEnvironmentTasks.ReadAsync(grains, wheel.Activities, cancellationToken);
        if (Tasks is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
