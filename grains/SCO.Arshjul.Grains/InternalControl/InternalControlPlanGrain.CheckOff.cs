using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Grains.InternalControl;
using SCO.Arshjul.Grains.Organisation;

namespace SCO.Arshjul.Grains;

/// <summary>
/// Checking off a control: by an internkontrollant or the förbundschef, once, a deviation with an action. The same
/// check sent again by the same person (a retry whose answer never arrived) changes nothing and is not refused.
/// </summary>
internal sealed partial class InternalControlPlanGrain
{
    /// <summary>The control checked off by the change being committed, for the outbox payload.</summary>
    private string? LastCheckedControlId { get; set; }

    public async Task<InternalControlPlanSnapshot> CheckOffAsync(
        CheckOffControl check,
        string actor,
        CancellationToken cancellationToken = default)
    {
        Require.Present(check, "Kontrollresultat");
        var checkerId = OrganisationScope.LocalPersonId(OrganisationId, actor);
        var control = FindControl(check.ControlId);
        if (State.Checks.TryGetValue(control.Id, out var earlier))
        {
            if (IsRepeatOf(earlier, check, checkerId))
            {
                return ToSnapshot(); // the same check sent again (its answer was lost on the way): done already
            }

            throw new GovernanceRuleException(
                GovernanceErrorCodes.InternalControlAlreadyChecked,
                $"Kontrollen '{control.Title}' är redan avprickad av {earlier.By}.");
        }

        var comment = Require.Text(check.Comment, "Kommentar");
        var actionNote = string.IsNullOrWhiteSpace(check.ActionNote) ? null : check.ActionNote.Trim();
        if (check.Result == ControlResult.Deviation && actionNote is null)
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.InternalControlActionNoteRequired,
                $"Kontrollen '{control.Title}' visar en avvikelse: ange vilken åtgärd som ska vidtas.");
        }

        var evidenceUrl = RequireEvidenceUrl(check.EvidenceUrl);
        var checker = await Roster.RequirePersonAsync(checkerId, "Kontrollant", cancellationToken);
        if (!checker.HasAnyRole(Role.InternalControlAuditor, Role.Director))
        {
            throw new GovernanceRuleException(
                GovernanceErrorCodes.InternalControlCheckerNotAuthorised,
                $"{checker.Name} är varken internkontrollant eller förbundschef och kan inte pricka av kontroller.");
        }

        var now = Now();
        State.Checks[control.Id] = new ControlCheck(check.Result, comment, evidenceUrl, actionNote, now, checker.Id);
        var outcome = check.Result == ControlResult.Ok ? "utan anmärkning" : $"avvikelse, åtgärd: {actionNote}";
        LastCheckedControlId = control.Id;
        try
        {
            await CommitAsync(new AuditEntry(now, checker.Id, "internal-control.checked", $"Kontrollen '{control.Title}' avprickad {outcome}."));
        }
        finally
        {
            LastCheckedControlId = null;
        }

        return ToSnapshot();
    }

    /// <summary>Whether <paramref name="check"/> by <paramref name="checkerId"/> is exactly the check stored, as it would be stored.</summary>
    private static bool IsRepeatOf(ControlCheck earlier, CheckOffControl check, string checkerId) =>
        earlier.By == checkerId
        && earlier.Result == check.Result
        && earlier.Comment == check.Comment?.Trim()
        && earlier.ActionNote == (string.IsNullOrWhiteSpace(check.ActionNote) ? null : check.ActionNote.Trim())
        && earlier.EvidenceUrl == (string.IsNullOrWhiteSpace(check.EvidenceUrl) ? null
            : Uri.TryCreate(check.EvidenceUrl.Trim(), UriKind.Absolute, out var uri) ? uri.AbsoluteUri : check.EvidenceUrl);

    private AnnualWheel.PlannedControl FindControl(string? controlId)
    {
        switch (State.Status)
        {
            case InternalControlPlanStatus.NotPlanned:
                throw new GovernanceRuleException(GovernanceErrorCodes.InternalControlNotPlanned, "Det finns ingen internkontrollplan för året.");
            case InternalControlPlanStatus.Planned:
                throw new GovernanceRuleException(
                    GovernanceErrorCodes.InternalControlNotAdopted,
                    "Internkontrollplanen är inte fastställd av styrelsen: kontroller kan inte prickas av än.");
        }

        return State.Plan!.Controls.FirstOrDefault(c => c.Id == controlId)
            ?? throw new GovernanceRuleException(
                GovernanceErrorCodes.InternalControlUnknownControl,
                $"Internkontrollplanen har ingen kontroll '{controlId}'.");
    }

    private static string? RequireEvidenceUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : throw new GovernanceRuleException(
                GovernanceErrorCodes.InternalControlEvidenceUrlInvalid,
                $"Underlaget '{url}' är ingen fullständig webbadress (http eller https).");
    }
}
