namespace SCO.Arshjul.Grains.Common;

/// <summary>
/// A command broke a governance rule and was rejected. Nothing was changed: grains validate a command completely
/// before they change or write any state.
/// </summary>
/// <param name="code">A stable English code, e.g. <c>decision.status.skipped-step</c> (see <see cref="GovernanceErrorCodes"/>).</param>
/// <param name="message">A Swedish explanation for people, e.g. "Status kan inte gå från beslutat till verkställt: steget pågår saknas."</param>
public sealed class GovernanceRuleException(string code, string message) : Exception(message)
{
    /// <summary>The stable English code of the rule that was broken; clients match on this, never on the message.</summary>
    public string Code { get; } = code;
}
