namespace SCO.Arshjul.Grains.Common;

/// <summary>
/// The stable codes of <see cref="GovernanceRuleException"/>. Codes of deadlines and work-environment tasks share
/// one rule set and differ only in their prefix (<c>deadline.</c> / <c>sam-task.</c>, see <see cref="ChecklistErrorCodes"/>).
/// </summary>
public static class GovernanceErrorCodes
{
    /// <summary>A required value (actor, title, reason, note …) is missing.</summary>
    public const string Required = "validation.required";

    /// <summary>A grain key or an id inside a command has the wrong shape.</summary>
    public const string KeyInvalid = "validation.key-invalid";

    /// <summary>A key or person id in the command belongs to another organisation than the grain's.</summary>
    public const string OrganisationMismatch = "organisation.mismatch";

    /// <summary>Two bodies or two people in a roster share an id.</summary>
    public const string RosterDuplicateId = "roster.duplicate-id";

    /// <summary>A person's e-mail address is not a valid address.</summary>
    public const string RosterEmailInvalid = "roster.email-invalid";

    /// <summary>A membership names a body the roster does not define.</summary>
    public const string RosterMembershipBodyUnknown = "roster.membership-body-unknown";

    /// <summary>A command names a body that is not in the organisation's roster.</summary>
    public const string RosterBodyUnknown = "roster.body-unknown";

    /// <summary>A command names a person who is not in the organisation's roster.</summary>
    public const string RosterPersonUnknown = "roster.person-unknown";

    /// <summary>A local time does not exist in Europe/Stockholm (the clocks jump forward over it).</summary>
    public const string TimeNonexistent = "time.nonexistent-local-time";

    /// <summary>An end time is not after its start time.</summary>
    public const string TimeEndBeforeStart = "time.end-before-start";

    /// <summary>A date or time lies outside the years served (<see cref="GovernanceYears"/>).</summary>
    public const string TimeOutOfRange = "time.out-of-range";

    /// <summary>The meeting has not been planned.</summary>
    public const string MeetingNotPlanned = "meeting.not-planned";

    /// <summary>The plan's id differs from the meeting's key.</summary>
    public const string MeetingIdMismatch = "meeting.id-mismatch";

    /// <summary>A meeting must invite at least one body.</summary>
    public const string MeetingBodiesRequired = "meeting.bodies-required";

    /// <summary>A different plan for a meeting that is no longer merely planned.</summary>
    public const string MeetingPlanLocked = "meeting.plan-locked";

    /// <summary>The meeting's status does not allow the step.</summary>
    public const string MeetingInvalidTransition = "meeting.status.invalid-transition";

    /// <summary>A meeting cannot be marked held before its start.</summary>
    public const string MeetingHeldBeforeStart = "meeting.held.before-start";

    /// <summary>Minutes can be approved (justerade) only for a meeting that was held.</summary>
    public const string MeetingMinutesNotHeld = "meeting.minutes.not-held";

    /// <summary>A held or cancelled meeting cannot be rescheduled.</summary>
    public const string MeetingRescheduleNotAllowed = "meeting.reschedule.not-allowed";

    /// <summary>A reschedule to the times the meeting already has.</summary>
    public const string MeetingRescheduleUnchanged = "meeting.reschedule.unchanged";

    /// <summary>A held or already cancelled meeting cannot be cancelled.</summary>
    public const string MeetingCancelNotAllowed = "meeting.cancel.not-allowed";

    /// <summary>A calendar event id longer than 512 characters.</summary>
    public const string MeetingCalendarEventTooLong = "meeting.calendar-event.too-long";

    /// <summary>Invited attendees cannot be recorded for a cancelled meeting.</summary>
    public const string MeetingAttendeesCancelled = "meeting.attendees.cancelled";

    /// <summary>A person appears more than once among the invited attendees.</summary>
    public const string MeetingAttendeesDuplicate = "meeting.attendees.duplicate";

    /// <summary>More than 500 invited attendees.</summary>
    public const string MeetingAttendeesTooMany = "meeting.attendees.too-many";

    /// <summary>A meeting register filter whose end is not after its start.</summary>
    public const string MeetingRegisterIntervalInvalid = "meeting-register.interval-invalid";

    /// <summary>The decision has not been recorded.</summary>
    public const string DecisionNotRecorded = "decision.not-recorded";

    /// <summary>The command's reference differs from the decision's key.</summary>
    public const string DecisionReferenceMismatch = "decision.reference-mismatch";

    /// <summary>The decision was already recorded with other content.</summary>
    public const string DecisionAlreadyRecorded = "decision.already-recorded";

    /// <summary>A status change skips a step of beslutat → pågår → verkställt → återrapporterat.</summary>
    public const string DecisionSkippedStep = "decision.status.skipped-step";

    /// <summary>A status change goes backwards or to the status the decision already has.</summary>
    public const string DecisionInvalidTransition = "decision.status.invalid-transition";

    /// <summary>The decision is återrapporterat or avbrutet: its status cannot change.</summary>
    public const string DecisionStatusFinal = "decision.status.final";

    /// <summary>The internal-control plan has not been planned or adopted.</summary>
    public const string InternalControlNotPlanned = "internal-control.not-planned";

    /// <summary>Controls are checked off only in an adopted plan.</summary>
    public const string InternalControlNotAdopted = "internal-control.not-adopted";

    /// <summary>A different plan for an internal-control plan that is already adopted.</summary>
    public const string InternalControlPlanLocked = "internal-control.plan-locked";

    /// <summary>Two controls in the plan share an id.</summary>
    public const string InternalControlDuplicateControl = "internal-control.duplicate-control";

    /// <summary>Probability or consequence is outside 1–4.</summary>
    public const string InternalControlRiskOutOfRange = "internal-control.risk-out-of-range";

    /// <summary>A control's responsible person is not an internkontrollant or the förbundschef.</summary>
    public const string InternalControlResponsibleNotAuthorised = "internal-control.responsible-not-authorised";

    /// <summary>The plan has no control with that id.</summary>
    public const string InternalControlUnknownControl = "internal-control.unknown-control";

    /// <summary>The control was already checked off.</summary>
    public const string InternalControlAlreadyChecked = "internal-control.already-checked";

    /// <summary>A deviation (avvikelse) needs an action note.</summary>
    public const string InternalControlActionNoteRequired = "internal-control.action-note-required";

    /// <summary>The evidence URL is not an absolute http or https URL.</summary>
    public const string InternalControlEvidenceUrlInvalid = "internal-control.evidence-url-invalid";

    /// <summary>The checker is neither an internkontrollant nor the förbundschef.</summary>
    public const string InternalControlCheckerNotAuthorised = "internal-control.checker-not-authorised";

    /// <summary>The year plan is for another year than the wheel's key.</summary>
    public const string WheelYearMismatch = "wheel.year-mismatch";

    /// <summary>Two activities of the same kind in the plan share an id.</summary>
    public const string WheelDuplicateActivity = "wheel.duplicate-activity";

    /// <summary>A query interval whose end is not after its start.</summary>
    public const string WheelIntervalInvalid = "wheel.interval-invalid";

    /// <summary>A sign-in link or API token hash is not 64 lower-case hex characters (a SHA-256).</summary>
    public const string AccountTokenHashInvalid = "account.token-hash-invalid";

    /// <summary>A sign-in link's validity is outside 1–60 minutes.</summary>
    public const string AccountLinkValidityOutOfRange = "account.link-validity-out-of-range";

    /// <summary>An API token name longer than 100 characters.</summary>
    public const string AccountTokenNameTooLong = "account.token-name-too-long";

    /// <summary>An active API token of the account already has that name.</summary>
    public const string AccountTokenNameTaken = "account.token-name-taken";

    /// <summary>A stored sign-in link, or an active API token, of the account already has that hash.</summary>
    public const string AccountTokenHashTaken = "account.token-hash-taken";

    /// <summary>An API token's expiry is not in the future.</summary>
    public const string AccountTokenExpiryPast = "account.token-expiry-past";

    /// <summary>The account already has 20 active API tokens.</summary>
    public const string AccountTokenLimitReached = "account.token-limit-reached";

    /// <summary>The account has no active API token with that id.</summary>
    public const string AccountTokenUnknown = "account.token-unknown";
}
