using SCO.Arshjul.ClientApi.Api;
using SCO.Arshjul.Grains.Common;
using SCO.Arshjul.Runtime;

namespace SCO.Arshjul.ClientApi.Pages;

/// <summary>
/// Runs a grain command for a page form. A broken rule (<see cref="GovernanceRuleException"/>, nothing changed) or a
/// concurrent change comes back as its Swedish message for the page to show; anything else propagates.
/// </summary>
public static class GrainCommand
{
    /// <summary>
    /// As <see cref="RefusalOfAsync(Func{Task})"/>, but first refuses (without running the command) a
    /// <paramref name="text"/> longer than the API takes (<see cref="ApiEndpoints.MaxTextLength"/>), naming it by
    /// <paramref name="label"/>, e.g. "Anteckningen".
    /// </summary>
    public static Task<string?> RefusalOfAsync(string? text, string label, Func<Task> command) =>
        text is { Length: > ApiEndpoints.MaxTextLength }
            ? Task.FromResult<string?>($"{label} får vara högst {ApiEndpoints.MaxTextLength} tecken.")
            : RefusalOfAsync(command);

    /// <summary>Null when <paramref name="command"/> succeeded, else the Swedish reason it was refused.</summary>
    public static async Task<string?> RefusalOfAsync(Func<Task> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            await command();
            return null;
        }
        catch (GovernanceRuleException rule)
        {
            return rule.Message;
        }
        catch (InconsistentStateException)
        {
            return "Någon annan ändrade uppgiften samtidigt. Läs in sidan på nytt och försök igen.";
        }
    }
}
