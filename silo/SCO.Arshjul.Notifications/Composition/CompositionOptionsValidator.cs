using Microsoft.Extensions.Options;

namespace SCO.Arshjul.Notifications.Composition;

/// <summary>
/// Rejects invalid <see cref="CompositionOptions"/> at start, naming every problem; with the
/// <see cref="ServedOrganisations"/> registered, also an organiser mailbox (<c>Organizers:{org}</c>) of no organisation.
/// </summary>
internal sealed class CompositionOptionsValidator(ServedOrganisations? served = null) : IValidateOptions<CompositionOptions>
{
    public ValidateOptionsResult Validate(string? name, CompositionOptions options)
    {
        var errors = options.Errors().ToList();
        if (served is not null)
        {
            errors.AddRange(options.Organizers.Keys.Order(StringComparer.Ordinal)
                .Select(organisation => served.UnknownKey($"{CompositionOptions.SectionName}:Organizers", organisation))
                .OfType<string>());
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
