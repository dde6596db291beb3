using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Notifications.Graph.Configuration;

/// <summary>
/// With the <see cref="ServedOrganisations"/> registered and Graph configured, checks the mailboxes against them at
/// start: every <c>Mailboxes:{org}</c> names a served organisation, and every served organisation has a mailbox (its
/// own, or the shared <see cref="GraphOptions.Mailbox"/>). Either problem stops the start, naming the organisation.
/// </summary>
internal sealed class GraphMailboxesValidator(ServedOrganisations? served = null) : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        if (served is null || !options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = options.Mailboxes.Keys.Order(StringComparer.Ordinal)
            .Select(organisation => served.UnknownKey($"{GraphOptions.SectionName}:Mailboxes", organisation))
            .OfType<string>()
            .ToList();
        var without = served.Ids.Where(organisation => !options.HasMailboxFor(organisation)).ToList();
        if (without.Count > 0)
        {
            errors.Add(
                $"{GraphOptions.SectionName}: no mailbox for {string.Join(", ", without)}: set {string.Join(", ", without.Select(o => $"Mailboxes:{o}"))} "
                + $"(or a shared Mailbox) – förbundet {string.Join(", ", without)} saknar brevlåda att skicka från.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
