using SCO.Arshjul.Grains.AnnualWheel;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains;

/// <summary>The rules an internkontrollplan must keep before it is planned or adopted.</summary>
internal static class InternalControlPlanValidator
{
    /// <summary>Validates <paramref name="plan"/> and returns it with responsible people as roster-local ids.</summary>
    public static async Task<PlannedInternalControlPlan> ValidateAsync(
        PlannedInternalControlPlan plan,
        IOrganisationRosterGrain roster,
        CancellationToken cancellationToken)
    {
        Require.Present(plan, "Internkontrollplan");
        var controls = plan.Controls ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var normalised = new List<PlannedControl>(controls.Count);
        foreach (var control in controls)
        {
            var id = Require.Text(control.Id, "Kontrollens id");
            if (!seen.Add(id))
            {
                throw new GovernanceRuleException(
                    GovernanceErrorCodes.InternalControlDuplicateControl,
                    $"Kontrollen '{id}' finns mer än en gång i planen.");
            }

            Require.Text(control.Area, $"Område för kontrollen '{id}'");
            Require.Text(control.Title, $"Rubrik för kontrollen '{id}'");
            Require.Text(control.Method, $"Metod för kontrollen '{id}'");
            if (control.Probability is < 1 or > 4 || control.Consequence is < 1 or > 4)
            {
                throw new GovernanceRuleException(
                    GovernanceErrorCodes.InternalControlRiskOutOfRange,
                    $"Kontrollen '{id}': sannolikhet och konsekvens ska vara 1–4 (nu {control.Probability} och {control.Consequence}).");
            }

            var person = await roster.RequirePersonAsync(control.ResponsiblePersonId, "Ansvarig internkontrollant", cancellationToken);
            if (!person.HasAnyRole(Role.InternalControlAuditor, Role.Director))
            {
                throw new GovernanceRuleException(
                    GovernanceErrorCodes.InternalControlResponsibleNotAuthorised,
                    $"{person.Name} är varken internkontrollant eller förbundschef och kan inte ansvara för kontrollen '{id}'.");
            }

            normalised.Add(control with { ResponsiblePersonId = person.Id });
        }

        return plan with { Controls = normalised };
    }
}
