using SCO.Arshjul.Grains.Common;

namespace SCO.Arshjul.Grains;

/// <summary>Checks of required values, rejecting with <see cref="GovernanceErrorCodes.Required"/>.</summary>
internal static class Require
{
    /// <summary>Returns <paramref name="value"/> trimmed, or rejects it when empty.</summary>
    /// <param name="fieldName">The field's Swedish name, e.g. "Titel".</param>
    public static string Text(string? value, string fieldName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new GovernanceRuleException(GovernanceErrorCodes.Required, $"{fieldName} måste anges.");
        }

        return value.Trim();
    }

    /// <summary>Rejects a null command or plan.</summary>
    public static T Present<T>(T? value, string fieldName)
        where T : class =>
        value ?? throw new GovernanceRuleException(GovernanceErrorCodes.Required, $"{fieldName} måste anges.");
}
